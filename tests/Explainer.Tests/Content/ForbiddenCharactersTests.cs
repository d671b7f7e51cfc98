using System.Text;
using Explainer.Content;
using Explainer.Diagnostics;

namespace Explainer.Tests.Content;

/// <summary>
/// ForbiddenCharacters searches for suspect UTF-16 units before it reads a text rune by rune; for
/// every character, that search must find what the plain definition forbids, and nothing else.
/// </summary>
public sealed class ForbiddenCharactersTests
{
    [Fact]
    public void Every_character_of_every_plane_is_found_exactly_when_the_definition_forbids_it()
    {
        var mismatches = new List<string>();
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            // Every BMP character, and in the other planes the last 64 of each, where the noncharacters are.
            if ((value >= 0xD800 && value <= 0xDFFF) || (value > 0xFFFF && (value & 0xFFFF) < 0xFFC0))
            {
                continue;
            }

            var text = "a" + char.ConvertFromUtf32(value) + "b";
            var found = ForbiddenCharacters.FirstIn(text) is not null;
            var diagnostics = new DiagnosticBag();
            ForbiddenCharacters.Check(text, "t.md", diagnostics);
            if (found != IsForbidden(value) || diagnostics.HasErrors != IsForbidden(value))
            {
                mismatches.Add($"U+{value:X4}");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData("\uDFFF")]
    [InlineData("\uD83F")]
    [InlineData("x\uDFFEy")]
    public void A_lone_surrogate_is_not_taken_for_a_noncharacter(string text)
    {
        Assert.Null(ForbiddenCharacters.FirstIn(text));
    }

    [Fact]
    public void Each_line_names_its_first_forbidden_character_with_its_column()
    {
        var diagnostics = new DiagnosticBag();

        ForbiddenCharacters.Check("gut\nx\u0001y\u0002\n\U0010FFFF", "t.md", diagnostics);

        Assert.Equal(
            ["t.md(2,2): error XPL0004: the control character U+0001 cannot stand in a web page: remove it (an editor may not show it)",
             "t.md(3,1): error XPL0004: the noncharacter U+10FFFF cannot stand in a web page: remove it (an editor may not show it)"],
            diagnostics.ToSortedList().Select(d => d.ToString()));
    }

    /// <summary>The definition, written plainly: controls but tab and line breaks, and Unicode's noncharacters.</summary>
    private static bool IsForbidden(int value) =>
        (Rune.IsControl(new Rune(value)) && value is not ('\t' or '\n' or '\r'))
        || (value >= 0xFDD0 && value <= 0xFDEF)
        || (value & 0xFFFE) == 0xFFFE;
}
