using Explainer.Engine;

namespace Explainer.Tests.Engine;

public sealed class FolderPathTests
{
    [Theory]
    [InlineData("/a/b", "/a/b", true, false)]
    [InlineData("/a/b", "/a/b/", true, false)]
    [InlineData("/a/b/", "/a/b", true, false)]
    [InlineData("/a/b", "/a/b/c", true, true)]
    [InlineData("/a/b/", "/a/b/c/d", true, true)]
    [InlineData("/a/b", "/a/bc", false, false)]
    [InlineData("/a/b", "/a/bc/d", false, false)]
    [InlineData("/a/b", "/a", false, false)]
    [InlineData("/a/b", "/a/b/../c", false, false)]
    [InlineData("/a/b", "/a/b/c/..", true, false)]
    [InlineData("/a/b", "/a/b/./c", true, true)]
    [InlineData("/a/b/../c", "/a/c/d", true, true)]
    [InlineData("/", "/a", true, true)]
    [InlineData("/", "/", true, false)]
    public void A_path_is_inside_a_folder_only_below_its_full_name(string folder, string path, bool contains, bool isBelow)
    {
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(contains, FolderPath.Contains(folder, path));
            Assert.Equal(isBelow, FolderPath.IsBelow(folder, path));
        }
    }

    [Fact]
    public void Relative_paths_are_taken_from_the_current_directory()
    {
        var here = Environment.CurrentDirectory;
        Assert.True(FolderPath.Contains(here, "."));
        Assert.True(FolderPath.IsBelow(here, "x/y"));
        Assert.False(FolderPath.Contains(here, ".."));
        Assert.False(FolderPath.IsBelow(Path.Combine(here, "x"), "x-other"));
    }
}
