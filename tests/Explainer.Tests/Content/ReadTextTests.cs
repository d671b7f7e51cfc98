using System.Text;
using Explainer.Content;
using Explainer.Tests.Support;

namespace Explainer.Tests.Content;

public sealed class ReadTextTests
{
    public static TheoryData<byte[]> Files()
    {
        const string text = "---\ntitle: Putin in Pjöngjang „Zitat“ 🎉\n---\n\nText.\r\n";
        byte[][] files =
        [
            [],
            Encoding.UTF8.GetBytes(text),
            [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            [0xEF, 0xBB, 0xBF],
            [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(text)],
            [0x61, 0xFF, 0x62, 0xC3, 0x28, 0xE2, 0x82],
        ];
        return new TheoryData<byte[]>(files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void A_file_reads_as_File_ReadAllText_reads_it(byte[] bytes)
    {
        using var temp = new TempFolder();
        var path = temp.Combine("article.md");
        File.WriteAllBytes(path, bytes);
        Assert.Equal(File.ReadAllText(path), Explainer.Components.ExplainerSource.ReadText(path));
    }
}
