using Explainer.Content;

namespace Explainer.Tests.Content;

public sealed class WordsTests
{
    public static TheoryData<string> Texts() =>
    [
        "",
        " ",
        "Putin",
        "  Putin   reist\tnach  Pjöngjang ",
        "eins zwei drei vier fünf sechs sieben acht",
        "eins zwei drei vier fünf sechs sieben acht neun",
        "eins  zwei drei vier fünf sechs sieben acht   ",
        "„Wir werden“ sagte er,\nam 19. Juni\u00a02024, in Pjöngjang. Und dann: 🎉 nichts mehr",
        "\n\nzwei Absätze\n\nhier\r\n",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_first_words_are_those_splitting_on_spaces_finds(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var count in new[] { 0, 1, 3, 8, 20 })
        {
            Assert.Equal(string.Join(' ', words.Take(count)), Words.First(text, count, out var more));
            Assert.Equal(words.Length > count, more);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_text_is_shortened_to_its_first_words_only_when_it_has_more(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(words.Length <= 8 ? text : string.Join(' ', words.Take(8)) + " …", Words.Shorten(text, 8));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Collapsing_is_splitting_on_white_space_and_joining_with_one_space(string text) =>
        Assert.Equal(string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), Words.Collapse(text));
}
