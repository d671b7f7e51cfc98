using Explainer.Cli.Serving;

namespace Explainer.Tests.Serving;

public sealed class SourceChangeFilterTests
{
    private static readonly string[] Roots = ["/work/site/input", "/work/site/theme"];

    [Theory]
    [InlineData("/work/site/input/putin-nordkorea/article.md")]
    [InlineData("/work/site/input/putin-nordkorea/explainer.yml")]
    [InlineData("/work/site/input/putin-nordkorea/media/orte.png")]
    [InlineData("/work/site/input/site.yml")]
    [InlineData("/work/site/input/neu")]
    [InlineData("/work/site/theme/layouts/explainer.html")]
    [InlineData("/work/site/theme/assets/site.css")]
    [InlineData("/work/site/input")]
    public void A_change_to_a_file_or_folder_of_input_or_theme_matters(string path) =>
        Assert.True(SourceChangeFilter.Matters(path, Roots));

    [Theory]
    [InlineData("/work/site/input/putin-nordkorea/.article.md.swp")] // Vim
    [InlineData("/work/site/input/putin-nordkorea/.article.md.swx")]
    [InlineData("/work/site/input/putin-nordkorea/4913")]
    [InlineData("/work/site/input/putin-nordkorea/article.md~")] // backups
    [InlineData("/work/site/input/putin-nordkorea/#article.md#")] // Emacs
    [InlineData("/work/site/input/putin-nordkorea/.#article.md")]
    [InlineData("/work/site/input/putin-nordkorea/article.md___jb_tmp___")] // JetBrains
    [InlineData("/work/site/input/putin-nordkorea/article.md.tmp")]
    [InlineData("/work/site/input/.schemas/explainer.schema.json")] // hidden folders
    [InlineData("/work/site/input/.git/index")]
    [InlineData("/work/site/theme/.DS_Store")]
    [InlineData("/work/site/_site/index.html")] // not watched: the output
    [InlineData("/work/site/input-old/site.yml")] // a sibling whose name starts like a root
    [InlineData("/work/site/README.md")]
    public void Editor_temporary_files_hidden_files_and_anything_outside_do_not(string path) =>
        Assert.False(SourceChangeFilter.Matters(path, Roots));
}
