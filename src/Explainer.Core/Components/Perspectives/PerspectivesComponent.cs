using Explainer.Content;
using Explainer.Yaml;

namespace Explainer.Components.Perspectives;

/// <summary>
/// Perspectives boxes: a question and the competing views on it, each with its evidence. Each box
/// is placed by <c>::: {.perspectives #id}</c>, else shown after the article, and is a section of
/// its own.
/// </summary>
public sealed class PerspectivesComponent : Component<Perspective>
{
    public const string SectionId = "perspectives";

    /// <summary>The prefix of each view's element id.</summary>
    public const string ViewPrefix = "view-";

    public override string Name => "perspectives";

    public override string Key => "perspectives";

    public override string EntryKind => "perspective";

    public override string? PlacementClass => "perspectives";

    public override bool PlacedById => true;

    /// <summary>The partial that renders one of its sections, on the page and in an embed page.</summary>
    public const string Partial = "perspectives";

    public override string? EmbedPartial => Partial;

    public override IReadOnlyList<string> Templates => ["perspectives"];

    public override IReadOnlyList<string> UiStrings => ["evidence", "held_by", "evidence_quote", "evidence_paragraph", "colon"];

    public override IReadOnlyList<string> ReservedIds => [SectionId, SectionId + "-", ViewPrefix];

    /// <summary>The first perspectives box is <c>perspectives</c>; any further one is <c>perspectives-&lt;id&gt;</c>.</summary>
    public static string SectionIdOf(string id, int index) => index == 0 ? SectionId : $"{SectionId}-{id}";

    protected override Perspective? ReadEntry(YamlMap map) => Perspective.Read(map);

    public override IEnumerable<DeclaredId> Declare(ExplainerData data) =>
    [
        .. base.Declare(data),
        .. data.Of<Perspective>().SelectMany(p => p.Views).Select(v => new DeclaredId(v.Id, "view", v.Location)),
    ];

    public override void Check(EntryCheck check)
    {
        foreach (var view in check.Data.Of<Perspective>().SelectMany(p => p.Views))
        {
            foreach (var e in view.Evidence)
            {
                check.Expect(e, ["block", "quote"], $"view '{view.Id}'");
            }

            foreach (var p in view.People)
            {
                check.Expect(p, "person", $"view '{view.Id}'");
            }
        }
    }

    public override BodyItem Place(ArticleBlock div, ExplainerContext context) => new(Name, View(div.Id, context));

    public override IEnumerable<BodyItem> Unplaced(ExplainerContext context) =>
        context.Data.Of<Perspective>().Where(p => !context.Placed.Contains($"{Name}:{p.Id}")).Select(p => new BodyItem(Name, View(p.Id, context)));

    private static PerspectiveView View(string id, ExplainerContext context)
    {
        var perspectives = context.Data.Of<Perspective>();
        var index = perspectives.ToList().FindIndex(p => p.Id == id);
        return PerspectiveView.Build(perspectives[index], index, context);
    }
}
