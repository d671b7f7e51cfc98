using BenchmarkDotNet.Attributes;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Yaml;
using Explainer.Components;

namespace Explainer.Benchmarks;

/// <summary>Reading one explainer: Markdown to blocks, the whole article, and explainer.yml with its reference checks.</summary>
[MemoryDiagnoser]
public class ContentBenchmarks
{
    private string _article = string.Empty;
    private string _body = string.Empty;
    private int _bodyLine;
    private string _data = string.Empty;
    private Article? _parsed;

    [GlobalSetup]
    public void Setup()
    {
        _article = Seed.ArticleText;
        var lines = _article.Split('\n');
        _bodyLine = Array.IndexOf(lines, "---", 1) + 1;
        _body = string.Join('\n', lines[_bodyLine..]);
        _data = Seed.DataText;
        _parsed = Seed.ParseArticle();
    }

    [Benchmark(Description = "Markdown to blocks (seed body)")]
    public IReadOnlyList<ArticleBlock>? MarkdownToBlocks() => MarkdownBlocks.Parse(_body, "article.md", _bodyLine, new DiagnosticBag());

    [Benchmark(Description = "article.md: front matter and blocks")]
    public Article? ParseArticle() => Article.Parse(Seed.Slug, "a/article.md", "article.md", _article, new DiagnosticBag());

    [Benchmark(Description = "explainer.yml: read and check references")]
    public ExplainerData ReadData()
    {
        var diagnostics = new DiagnosticBag();
        var data = ExplainerData.Read(YamlSource.LoadMap(_data, "explainer.yml", diagnostics)!);
        ReferenceChecker.Check(_parsed!, data, "article.md", diagnostics);
        return data;
    }
}
