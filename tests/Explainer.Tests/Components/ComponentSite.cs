using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Tests.Build;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Components;

/// <summary>The component fixture (Fixtures/Components: an English explainer using each component once), built once.</summary>
public sealed class ComponentSite : IAsyncLifetime
{
    public const string Page = "components/index.html";

    private readonly SiteBuild _build = new();

    public static string Input => Path.Combine(Repository.Root, "tests", "Explainer.Tests", "Fixtures", "Components", "input");

    public string Output => _build.Output;

    public BuildResult Result => _build.Result!;

    public IHtmlDocument Document { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await _build.RunAsync(Input);
        Document = new HtmlParser().ParseDocument(_build.ReadOutput(Page));
    }

    /// <summary>The outer HTML of the element with this id, with content hashes replaced so CSS or image changes do not break snapshots.</summary>
    public string Section(string id) =>
        System.Text.RegularExpressions.Regex.Replace(
            Document.GetElementById(id)?.OuterHtml ?? throw new InvalidOperationException($"no element #{id}"),
            @"\.[0-9a-f]{10}\.(webp|css|js)",
            ".{hash}.$1");

    public ValueTask DisposeAsync()
    {
        _build.Dispose();
        return ValueTask.CompletedTask;
    }
}
