using Explainer.Tests.Support;

namespace Explainer.Tests.Snapshots;

/// <summary>Tests of the snapshot helper itself, in a temp folder so that the repository stays clean.</summary>
public sealed class HtmlSnapshotTests : IDisposable
{
    private const string Page = """
        <!doctype html>
        <html lang="de">
        <head><title>Putin in Pjöngjang</title></head>
        <body><main><h1>Putin in Pjöngjang</h1><p class="dek lead">Warum der Kremlchef reist.</p></main></body>
        </html>
        """;

    private static readonly Func<string, string?> NoVariables = _ => null;

    private readonly TempFolder _temp = new();
    private readonly SnapshotLocation _location;

    public HtmlSnapshotTests()
    {
        _location = new SnapshotLocation(_temp.Path, "PageTests.Renders_the_page");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Matching_html_passes_and_removes_a_stale_received_file()
    {
        File.WriteAllText(_location.VerifiedPath, PrettyPrint(Page));
        File.WriteAllText(_location.ReceivedPath, "left over from an earlier failure");

        var outcome = await HtmlSnapshot.CheckAsync(Page, _location, NoVariables);

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
        Assert.False(File.Exists(_location.ReceivedPath));
    }

    [Fact]
    public async Task A_difference_only_in_whitespace_passes()
    {
        // Hand-formatted: other indentation, line breaks inside text, attributes and classes in another order.
        File.WriteAllText(_location.VerifiedPath, """
            <!DOCTYPE html>
            <html lang="de">
                <head>
                    <title>
                        Putin in   Pjöngjang
                    </title>
                </head>
                <body>
                    <main>
                        <h1>Putin in Pjöngjang</h1>
                        <p class="lead dek">Warum der
                           Kremlchef reist.</p>
                    </main>
                </body>
            </html>
            """);

        var outcome = await HtmlSnapshot.CheckAsync(Page, _location, NoVariables);

        Assert.Equal(SnapshotStatus.Matched, outcome.Status);
    }

    [Fact]
    public async Task A_text_change_fails_with_a_diff_that_names_the_change()
    {
        File.WriteAllText(_location.VerifiedPath, PrettyPrint(Page));
        var changed = Page.Replace("Warum der Kremlchef reist.", "Warum der Kremlchef fliegt.", StringComparison.Ordinal);

        var outcome = await HtmlSnapshot.CheckAsync(changed, _location, NoVariables);

        Assert.Equal(SnapshotStatus.Mismatched, outcome.Status);
        Assert.Contains("1 semantic difference(s)", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("expected \"Warum der Kremlchef reist.\" but was \"Warum der Kremlchef fliegt.\"", outcome.Message, StringComparison.Ordinal);
        var diffLines = outcome.Message.Split('\n');
        Assert.Contains("-      <p class=\"dek lead\">Warum der Kremlchef reist.</p>", diffLines);
        Assert.Contains("+      <p class=\"dek lead\">Warum der Kremlchef fliegt.</p>", diffLines);
        Assert.Equal(PrettyPrint(changed), File.ReadAllText(_location.ReceivedPath));
        Assert.Equal(PrettyPrint(Page), File.ReadAllText(_location.VerifiedPath));
    }

    [Fact]
    public async Task A_changed_attribute_of_the_html_element_fails()
    {
        // Fragment-based comparison would drop <html> and miss this; the page language matters.
        File.WriteAllText(_location.VerifiedPath, PrettyPrint(Page));

        var outcome = await HtmlSnapshot.CheckAsync(Page.Replace("lang=\"de\"", "lang=\"en\"", StringComparison.Ordinal), _location, NoVariables);

        Assert.Equal(SnapshotStatus.Mismatched, outcome.Status);
        Assert.Contains("[lang]: expected \"de\" but was \"en\"", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_inside_a_template_fails()
    {
        // A <template>'s content is a fragment of its own, outside the element's children.
        var page = Page.Replace("</main>", "</main><template id=\"t\"><button>Einbetten</button><template><i>a</i></template></template>", StringComparison.Ordinal);
        File.WriteAllText(_location.VerifiedPath, PrettyPrint(page));

        Assert.Equal(SnapshotStatus.Matched, (await HtmlSnapshot.CheckAsync(page, _location, NoVariables)).Status);
        var changed = await HtmlSnapshot.CheckAsync(page.Replace("<button>Einbetten</button>", "<button>Embed</button>", StringComparison.Ordinal), _location, NoVariables);
        Assert.Equal(SnapshotStatus.Mismatched, changed.Status);
        Assert.Contains("expected \"Einbetten\" but was \"Embed\"", changed.Message, StringComparison.Ordinal);
        var nested = await HtmlSnapshot.CheckAsync(page.Replace("<i>a</i>", "<i>b</i>", StringComparison.Ordinal), _location, NoVariables);
        Assert.Equal(SnapshotStatus.Mismatched, nested.Status);
    }

    [Fact]
    public async Task A_missing_element_is_named()
    {
        File.WriteAllText(_location.VerifiedPath, PrettyPrint(Page));

        var outcome = await HtmlSnapshot.CheckAsync(Page.Replace("<h1>Putin in Pjöngjang</h1>", string.Empty, StringComparison.Ordinal), _location, NoVariables);

        Assert.Equal(SnapshotStatus.Mismatched, outcome.Status);
        Assert.Contains("missing ", outcome.Message, StringComparison.Ordinal);
        Assert.Contains("<h1>Putin in Pjöngjang</h1>", outcome.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_verified_file_fails_and_writes_the_received_file()
    {
        var outcome = await HtmlSnapshot.CheckAsync(Page, _location, NoVariables);

        Assert.Equal(SnapshotStatus.Missing, outcome.Status);
        Assert.Contains(_location.VerifiedPath, outcome.Message, StringComparison.Ordinal);
        Assert.Contains(HtmlSnapshot.AcceptVariable, outcome.Message, StringComparison.Ordinal);
        Assert.Equal(PrettyPrint(Page), File.ReadAllText(_location.ReceivedPath));
        Assert.False(File.Exists(_location.VerifiedPath));
    }

    [Fact]
    public async Task Accept_mode_creates_a_missing_verified_file()
    {
        var outcome = await HtmlSnapshot.CheckAsync(Page, _location, Variables((HtmlSnapshot.AcceptVariable, "1")));

        Assert.Equal(SnapshotStatus.Accepted, outcome.Status);
        Assert.False(outcome.Failed);
        Assert.Equal(PrettyPrint(Page), File.ReadAllText(_location.VerifiedPath));
        Assert.False(File.Exists(_location.ReceivedPath));
    }

    [Fact]
    public async Task Accept_mode_overwrites_a_different_verified_file()
    {
        File.WriteAllText(_location.VerifiedPath, "<!doctype html><html lang=\"de\"><body><p>alt</p></body></html>");
        File.WriteAllText(_location.ReceivedPath, "stale");

        var outcome = await HtmlSnapshot.CheckAsync(Page, _location, Variables((HtmlSnapshot.AcceptVariable, "1")));

        Assert.Equal(SnapshotStatus.Accepted, outcome.Status);
        Assert.Equal(PrettyPrint(Page), File.ReadAllText(_location.VerifiedPath));
        Assert.False(File.Exists(_location.ReceivedPath));
    }

    [Theory]
    [InlineData("true")]
    [InlineData("1")]
    public async Task Accept_mode_is_ignored_when_CI_is_set(string ci)
    {
        const string Old = "<!doctype html><html lang=\"de\"><body><p>alt</p></body></html>";
        File.WriteAllText(_location.VerifiedPath, Old);
        var environment = Variables((HtmlSnapshot.AcceptVariable, "1"), (HtmlSnapshot.CiVariable, ci));

        var mismatch = await HtmlSnapshot.CheckAsync(Page, _location, environment);
        var missing = await HtmlSnapshot.CheckAsync(Page, _location with { Name = "PageTests.Other" }, environment);

        Assert.Equal(SnapshotStatus.Mismatched, mismatch.Status);
        Assert.Contains("ignored because CI is set", mismatch.Message, StringComparison.Ordinal);
        Assert.Equal(Old, File.ReadAllText(_location.VerifiedPath));
        Assert.Equal(SnapshotStatus.Missing, missing.Status);
        Assert.False(File.Exists(Path.Combine(_temp.Path, "PageTests.Other.verified.html")));
    }

    [Fact]
    public async Task The_line_diff_shows_changed_lines_with_little_context_and_is_capped()
    {
        var paragraphs = Enumerable.Range(1, 300).Select(i => $"<p>Absatz {i}</p>").ToList();
        File.WriteAllText(_location.VerifiedPath, Document(paragraphs));
        var oneChanged = paragraphs.Select(p => p == "<p>Absatz 150</p>" ? "<p>Absatz 150 neu</p>" : p).ToList();
        var allChanged = paragraphs.Select(p => p.Replace("Absatz", "Paragraph", StringComparison.Ordinal)).ToList();

        var one = await HtmlSnapshot.CheckAsync(Document(oneChanged), _location, NoVariables);
        var all = await HtmlSnapshot.CheckAsync(Document(allChanged), _location, NoVariables);

        Assert.Contains("+    <p>Absatz 150 neu</p>", one.Message, StringComparison.Ordinal);
        Assert.Contains("     <p>Absatz 147</p>", one.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Absatz 140<", one.Message, StringComparison.Ordinal);
        Assert.Contains("300 semantic difference(s)", all.Message, StringComparison.Ordinal);
        Assert.Contains("… and 280 more", all.Message, StringComparison.Ordinal);
        Assert.Contains("diff cut after", all.Message, StringComparison.Ordinal);
        Assert.True(all.Message.Split('\n').Length < 150, "the message should stay readable");
    }

    [Fact]
    public void The_location_of_a_running_test_is_named_after_its_class_and_method_beside_its_source()
    {
        var location = SnapshotLocation.ForCurrentTest(ThisFile(), "ignored", scenario: null);
        var withScenario = SnapshotLocation.ForCurrentTest(ThisFile(), "ignored", scenario: "en");

        Assert.Equal(Path.GetDirectoryName(ThisFile()), location.Folder);
        Assert.Equal(
            "HtmlSnapshotTests.The_location_of_a_running_test_is_named_after_its_class_and_method_beside_its_source.verified.html",
            Path.GetFileName(location.VerifiedPath));
        Assert.EndsWith("_source_en.received.html", withScenario.ReceivedPath, StringComparison.Ordinal);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    private static string PrettyPrint(string html) => HtmlPrettyPrinter.Print(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));

    private static string Document(IEnumerable<string> body) =>
        $"<!doctype html><html lang=\"de\"><head><title>T</title></head><body>{string.Join('\n', body)}</body></html>";

    private static Func<string, string?> Variables(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
