using Explainer.Cli.Serving;

namespace Explainer.Tests.Serving;

public sealed class SourceChangeFilterTests
{
    private static readonly string[] Roots = ["/srv/newsroom/input", "/srv/newsroom/theme"];

    [Theory]
    [InlineData("/srv/newsroom/input/putin-nordkorea/article.md")]
    [InlineData("/srv/newsroom/input/putin-nordkorea/explainer.yml")]
    [InlineData("/srv/newsroom/input/putin-nordkorea/media/orte.png")]
    [InlineData("/srv/newsroom/input/site.yml")]
    [InlineData("/srv/newsroom/input/neu")]
    [InlineData("/srv/newsroom/theme/layouts/explainer.html")]
    [InlineData("/srv/newsroom/theme/assets/site.css")]
    [InlineData("/srv/newsroom/input")]
    public void A_change_to_a_file_or_folder_of_input_or_theme_matters(string path) =>
        Assert.True(SourceChangeFilter.Matters(path, Roots));

    [Theory]
    [InlineData("/srv/newsroom/input/putin-nordkorea/.article.md.swp")] // Vim
    [InlineData("/srv/newsroom/input/putin-nordkorea/.article.md.swx")]
    [InlineData("/srv/newsroom/input/putin-nordkorea/4913")]
    [InlineData("/srv/newsroom/input/putin-nordkorea/article.md~")] // backups
    [InlineData("/srv/newsroom/input/putin-nordkorea/#article.md#")] // Emacs
    [InlineData("/srv/newsroom/input/putin-nordkorea/.#article.md")]
    [InlineData("/srv/newsroom/input/putin-nordkorea/article.md___jb_tmp___")] // JetBrains
    [InlineData("/srv/newsroom/input/putin-nordkorea/article.md.tmp")]
    [InlineData("/srv/newsroom/input/.schemas/explainer.schema.json")] // hidden folders
    [InlineData("/srv/newsroom/input/.git/index")]
    [InlineData("/srv/newsroom/theme/.DS_Store")]
    [InlineData("/srv/newsroom/_site/index.html")] // not watched: the output
    [InlineData("/srv/newsroom/input-old/site.yml")] // a sibling whose name starts like a root
    [InlineData("/srv/newsroom/README.md")]
    public void Editor_temporary_files_hidden_files_and_anything_outside_do_not(string path) =>
        Assert.False(SourceChangeFilter.Matters(path, Roots));
}
