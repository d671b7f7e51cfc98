using System.Text;

namespace Explainer.Corpus;

/// <summary>
/// Writes a corpus: site.yml and <c>count</c> explainer folders varied from the seed, ready for
/// <c>explainer build --input</c>. The same seed and count always give the same bytes.
/// </summary>
public static class CorpusGenerator
{
    /// <summary>Marks a folder as a generated corpus, so that generating again may replace it.</summary>
    public const string MarkerFile = ".explainer-corpus";

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    // A 1x1 PNG: the media files only have to exist.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>Writes the corpus into <paramref name="outputFolder"/>; returns the bytes written.</summary>
    public static long Generate(string seedInputFolder, string outputFolder, int count)
    {
        var seed = SeedExplainer.Load(seedInputFolder);
        var output = Path.GetFullPath(outputFolder);
        Prepare(output, Path.GetFullPath(seedInputFolder));

        long bytes = Write(Path.Combine(output, "site.yml"), SiteYml(seed, count));

        // The seed's own media files, which its entries (kept in every explainer) name.
        var seedMedia = Path.Combine(Path.GetFullPath(seedInputFolder), seed.Slug, "media");
        var seedFiles = Directory.Exists(seedMedia)
            ? Directory.GetFiles(seedMedia).Order(StringComparer.Ordinal).Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f))).ToList()
            : [];
        var sizes = new long[count];
        Parallel.For(0, count, i =>
        {
            var plan = new ExplainerPlan(seed, i);
            var folder = Path.Combine(output, plan.Slug);
            Directory.CreateDirectory(Path.Combine(folder, "media"));
            sizes[i] = Write(Path.Combine(folder, "article.md"), ArticleWriter.Write(plan))
                + Write(Path.Combine(folder, "explainer.yml"), DataWriter.Write(plan))
                + Write(Path.Combine(folder, "media", "bild-1.png"), Png)
                + (plan.Hero ? Write(Path.Combine(folder, ExplainerPlan.HeroImageSrc), Png) : 0)
                + seedFiles.Sum(f => Write(Path.Combine(folder, "media", f.Name), f.Bytes));
        });
        File.WriteAllText(Path.Combine(output, MarkerFile), $"{count} explainers from {seed.Slug}\n");
        return bytes + sizes.Sum();
    }

    /// <summary>site.yml: a few explainers pinned to the top of the index, every fiftieth hidden.</summary>
    private static string SiteYml(SeedExplainer seed, int count)
    {
        var slugs = Enumerable.Range(0, count).Select(i => new ExplainerPlan(seed, i).Slug).ToList();
        var text = new StringBuilder();
        text.Append("# A generated benchmark corpus (bench/Explainer.Corpus). Do not edit.\n");
        text.Append("title: Explainer-Benchmark\nlanguage: de\n");
        text.Append("description: ").Append(ArticleWriter.Quoted($"{count} Explainer, aus einem Artikel erzeugt.")).Append('\n');
        text.Append("authors:\n  - name: Explainer-Redaktion\n");
        text.Append("order: [").Append(string.Join(", ", slugs.Skip(count / 2).Take(3))).Append("]\n");
        var hidden = slugs.Where((_, i) => i % 50 == 49).ToList();
        if (hidden.Count > 0)
        {
            text.Append("hidden: [").Append(string.Join(", ", hidden)).Append("]\n");
        }

        return text.ToString();
    }

    /// <summary>Empties the output folder, which must be new, empty or an earlier corpus, and not the seed's.</summary>
    private static void Prepare(string output, string seedInput)
    {
        if (output == seedInput || seedInput.StartsWith(output + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || output.StartsWith(seedInput + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new CorpusException("the corpus must be written outside the seed's input folder");
        }

        if (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any())
        {
            if (!File.Exists(Path.Combine(output, MarkerFile)))
            {
                throw new CorpusException($"'{output}' is not empty and holds no earlier corpus; choose another folder");
            }

            Directory.Delete(output, recursive: true);
        }

        Directory.CreateDirectory(output);
    }

    private static long Write(string path, string text) => Write(path, Utf8.GetBytes(text));

    private static long Write(string path, byte[] bytes)
    {
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }
}
