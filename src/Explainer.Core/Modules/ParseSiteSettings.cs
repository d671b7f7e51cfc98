using Explainer.Diagnostics;
using Explainer.Engine;
using Explainer.Site;
using Explainer.Yaml;

namespace Explainer.Modules;

/// <summary>Reads site.yml into <see cref="SiteSettings"/>; a missing site.yml gives defaults.</summary>
public sealed class ParseSiteSettings : IModule
{
    public const string Key = "site";

    public Task<IReadOnlyList<Document>> ExecuteAsync(IReadOnlyList<Document> inputs, IExecutionContext context)
    {
        var source = inputs.FirstOrDefault();
        var display = context.Settings.DisplayPath(Path.Combine(context.Settings.InputFolder, "site.yml"));
        var map = source is null
            ? YamlSource.LoadMap(string.Empty, display, context.Diagnostics)
            : YamlSource.LoadMap(source.GetText(), display, context.Diagnostics);
        if (source is null)
        {
            context.Diagnostics.Add(new SourceLocation(display, 1, 1), ErrorCodes.FileUnreadable, "site.yml is missing: it needs at least a title");
        }

        var settings = map is null || source is null ? null : SiteSettings.Read(map);
        var document = (source ?? Document.Create("site.yml", null, "application/yaml", string.Empty));
        IReadOnlyList<Document> result = settings is null ? [] : [document.WithMetadata(Key, settings)];
        return Task.FromResult(result);
    }
}
