using Explainer.Components.Media;
using Explainer.Components.People;
using Explainer.Components.Perspectives;
using Explainer.Components.Quotes;
using Explainer.Components.Scenes;
using Explainer.Components.Timeline;
using Explainer.Yaml;

namespace Explainer.Content;

/// <summary>The structured layer of an explainer, from explainer.yml.</summary>
public sealed record ExplainerData(
    IReadOnlyList<TimelineEvent> Timeline,
    IReadOnlyList<Person> People,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Perspective> Perspectives,
    IReadOnlyList<Scene> Scenes,
    IReadOnlyList<MediaItem> Media)
{
    public static readonly string[] Keys = ["timeline", "people", "quotes", "perspectives", "scenes", "media"];

    public static readonly ExplainerData Empty = new([], [], [], [], [], []);

    /// <summary>Reads every section; each problem is reported with its line and column.</summary>
    public static ExplainerData Read(YamlMap map)
    {
        map.AllowOnly("explainer.yml", Keys);
        return new ExplainerData(
            map.Maps("timeline").Select(TimelineEvent.Read).OfType<TimelineEvent>().OrderBy(e => e.Date).ToList(),
            map.Maps("people").Select(Person.Read).OfType<Person>().ToList(),
            map.Maps("quotes").Select(Quote.Read).OfType<Quote>().ToList(),
            map.Maps("perspectives").Select(Perspective.Read).OfType<Perspective>().ToList(),
            map.Maps("scenes").Select(Scene.Read).OfType<Scene>().ToList(),
            map.Maps("media").Select(MediaItem.Read).OfType<MediaItem>().ToList());
    }
}
