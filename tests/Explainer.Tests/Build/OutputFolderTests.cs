using Explainer.Cli;
using Explainer.Tests.Support;
using Explainer.Build;

namespace Explainer.Tests.Build;

/// <summary>
/// The output folder is the build's alone: it deletes or replaces only the files its manifest
/// names, refuses a folder of other files, leaves later ones alone with a warning, and takes a
/// folder over only when told to (<c>--clean</c>). Runs the command in-process, as a user would.
/// </summary>
public sealed class OutputFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    private string Output => _temp.Combine("site");

    [Fact]
    public void A_folder_of_other_files_is_refused_naming_them_and_nothing_in_it_is_touched()
    {
        _temp.Write("site/thesis.docx", "four years of work");
        _temp.Write("site/sub/notes.txt", "notes");
        var before = FolderContents.Read(Output);

        var exit = Build();

        Assert.Equal(Program.ContentErrors, exit);
        var error = Assert.Single(Lines(_stderr), l => l.Contains(": error ", StringComparison.Ordinal));
        Assert.Matches(@"(^|/)site\(1,1\): error XPL0006: the output folder holds 2 file\(s\) that explainer did not write \(sub/notes\.txt, thesis\.docx\) and no \.explainer-manifest; nothing was touched\. .*--clean", error);
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
        Assert.DoesNotContain(Directory.EnumerateDirectories(_temp.Path), d => Path.GetFileName(d).StartsWith('.'));
    }

    [Fact]
    public void The_refusal_names_the_first_five_files_and_counts_the_rest()
    {
        for (var i = 1; i <= 7; i++)
        {
            _temp.Write($"site/file{i}.txt", "x");
        }

        Assert.Equal(Program.ContentErrors, Build());
        Assert.Contains("holds 7 file(s) that explainer did not write (file1.txt, file2.txt, file3.txt, file4.txt, file5.txt and 2 more)", _stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_foreign_file_survives_a_build_and_is_named_in_a_warning()
    {
        Assert.Equal(Program.Success, Build());
        _temp.Write("site/thesis.docx", "four years of work");
        _temp.Write("site/sub/notes.txt", "notes");
        _temp.Write("site/putin-nordkorea/CNAME", "explainer.example.org");

        Assert.Equal(Program.Success, Build());

        Assert.Equal("four years of work", File.ReadAllText(Path.Combine(Output, "thesis.docx")));
        Assert.Equal("notes", File.ReadAllText(Path.Combine(Output, "sub", "notes.txt")));
        Assert.Equal("explainer.example.org", File.ReadAllText(Path.Combine(Output, "putin-nordkorea", "CNAME")));
        var warnings = Lines(_stderr);
        Assert.Equal(3, warnings.Length);
        Assert.All(warnings, w => Assert.Matches(@"^.+\(1,1\): warning XPL0008: explainer did not write this file; it is left alone$", w));
        Assert.EndsWith("site/putin-nordkorea/CNAME(1,1): warning XPL0008: explainer did not write this file; it is left alone", warnings[0], StringComparison.Ordinal);
        Assert.DoesNotContain("thesis.docx", File.ReadAllText(Path.Combine(Output, OutputManifest.FileName)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_of_the_last_build_that_the_site_no_longer_has_is_removed_but_a_foreign_file_beside_it_stays()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        var second = Path.Combine(input, "zweiter");
        Directory.CreateDirectory(second);
        File.WriteAllText(Path.Combine(second, "article.md"), "---\ntitle: Zweiter\n---\n\nEin Absatz.\n");
        Assert.Equal(Program.Success, Build("--input", input));
        _temp.Write("site/zweiter/notizen.txt", "mine");

        Directory.Delete(second, recursive: true);
        Assert.Equal(Program.Success, Build("--input", input));

        Assert.False(File.Exists(Path.Combine(Output, "zweiter", "index.html")));
        Assert.Equal(["notizen.txt"], Directory.EnumerateFileSystemEntries(Path.Combine(Output, "zweiter")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_foreign_file_where_the_site_puts_one_stops_the_build_and_nothing_is_touched()
    {
        Assert.Equal(Program.Success, Build());
        // The manifest no longer names the page: as if someone else had put it there.
        var manifest = Path.Combine(Output, OutputManifest.FileName);
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => l != "404.html"));
        File.WriteAllText(Path.Combine(Output, "404.html"), "someone else's page");
        // A file where the site needs a folder, and a file inside a folder where the site puts a file.
        File.Delete(Path.Combine(Output, "putin-nordkorea", "embed", "timeline", "index.html"));
        File.WriteAllLines(manifest, File.ReadAllLines(manifest).Where(l => !l.StartsWith("putin-nordkorea/embed/timeline/", StringComparison.Ordinal)));
        Directory.Delete(Path.Combine(Output, "putin-nordkorea", "embed", "timeline"), recursive: true);
        File.WriteAllText(Path.Combine(Output, "putin-nordkorea", "embed", "timeline"), "a file");
        var before = FolderContents.Read(Output);

        Assert.Equal(Program.ContentErrors, Build());

        var errors = Lines(_stderr).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Matches(@"site/404\.html\(1,1\): error XPL0007: explainer did not write this file, and the site puts a file or folder here; nothing was touched\. Move it away, or pass --clean to replace it$", errors[0]);
        Assert.Matches(@"site/putin-nordkorea/embed/timeline\(1,1\): error XPL0007: ", errors[1]);
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
    }

    [Fact]
    public void Clean_takes_over_a_folder_of_other_files_and_then_it_is_the_site_alone()
    {
        _temp.Write("site/thesis.docx", "x");
        _temp.Write("site/sub/deeper/notes.txt", "y");
        _temp.Write("site/index.html", "an old page");

        Assert.Equal(Program.Success, Build("--clean"));

        var files = FolderContents.Read(Output).Paths.ToList();
        Assert.DoesNotContain("thesis.docx", files);
        Assert.False(Directory.Exists(Path.Combine(Output, "sub")));
        Assert.DoesNotContain("an old page", File.ReadAllText(Path.Combine(Output, "index.html")), StringComparison.Ordinal);
        Assert.Equal(files.Where(f => f != OutputManifest.FileName), OutputManifest.Read(Output)!.Order(StringComparer.Ordinal));
        Assert.Equal(string.Empty, _stderr.ToString());
    }

    [Fact]
    public void The_manifest_names_every_file_of_the_site_but_itself_and_is_the_same_for_the_same_input()
    {
        // With a public URL, so that the build writes a sitemap too.
        Assert.Equal(Program.Success, Build("--base-url", "https://example.org/repo/"));
        Assert.Equal(Program.Success, Build("--base-url", "https://example.org/repo/", "--output", _temp.Combine("again")));

        var site = FolderContents.Read(Output).Paths.Where(p => p != OutputManifest.FileName);
        Assert.Equal(site, OutputManifest.Read(Output)!.Order(StringComparer.Ordinal));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(Output, OutputManifest.FileName)),
            File.ReadAllBytes(Path.Combine(_temp.Combine("again"), OutputManifest.FileName)));
        Assert.DoesNotContain(OutputManifest.FileName, File.ReadAllText(Path.Combine(Output, "sitemap.xml"), System.Text.Encoding.UTF8), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("site")]
    [InlineData("site/sub")]
    public void An_output_path_through_a_file_is_a_located_error_and_the_file_stays(string output)
    {
        _temp.Write("site", "a file, not a folder");

        Assert.Equal(Program.ContentErrors, Build("--output", _temp.Combine(output.Split('/'))));

        Assert.Matches($@"{output}\(1,1\): error XPL0003: the output folder (is a file|cannot be written)", Lines(_stderr)[0]);
        Assert.Equal("a file, not a folder", File.ReadAllText(Output));
    }

    [Fact]
    public void An_empty_folder_is_built_into()
    {
        Directory.CreateDirectory(Path.Combine(Output, "empty", "folders"));

        Assert.Equal(Program.Success, Build());
        Assert.True(File.Exists(Path.Combine(Output, "putin-nordkorea", "index.html")));
    }

    [Fact]
    public void A_symbolic_link_in_the_input_that_leads_outside_it_is_refused_where_it_is()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        SeedImage.AddTo(input);
        var secret = _temp.Write("secret/key.txt", "not for the web");
        File.CreateSymbolicLink(Path.Combine(input, "putin-nordkorea", "media", "key.txt"), secret);
        Directory.CreateSymbolicLink(Path.Combine(input, "putin-nordkorea", "media", "home"), Path.GetDirectoryName(secret)!);
        // A link that stays inside the input folder is fine.
        File.CreateSymbolicLink(Path.Combine(input, "putin-nordkorea", "media", "same.png"), Path.GetFileName(SeedImage.Src));

        Assert.Equal(Program.ContentErrors, Build("--input", input));

        var errors = Lines(_stderr).SkipLast(1).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Matches(@"input/putin-nordkorea/media/home\(1,1\): error XPL0009: a symbolic link that leads outside the input folder \(to .+/secret\); only files inside the input folder are published", errors[0]);
        Assert.Matches(@"input/putin-nordkorea/media/key\.txt\(1,1\): error XPL0009: a symbolic link that leads outside the input folder \(to .+/secret/key\.txt\)", errors[1]);
        Assert.False(Directory.Exists(Output));
    }

    [Fact]
    public void A_loop_of_symbolic_links_is_a_located_error_not_a_crash()
    {
        var input = _temp.CopyFrom(Repository.Input, "input");
        var media = Directory.CreateDirectory(Path.Combine(input, "putin-nordkorea", "media")).FullName;
        File.CreateSymbolicLink(Path.Combine(media, "a"), Path.Combine(media, "b"));
        File.CreateSymbolicLink(Path.Combine(media, "b"), Path.Combine(media, "a"));
        Directory.CreateSymbolicLink(Path.Combine(media, "deeper"), Path.Combine(media, "deeper", "x"));

        Assert.Equal(Program.ContentErrors, Build("--input", input));

        var errors = Lines(_stderr).SkipLast(1).ToList();
        Assert.Equal(3, errors.Count);
        Assert.All(errors, e => Assert.Matches(@"input/putin-nordkorea/media/\w+\(1,1\): error XPL0009: a symbolic link that cannot be followed", e));
    }

    [Fact]
    public async Task Serve_refuses_a_folder_of_other_files_before_it_serves_anything()
    {
        _temp.Write("site/thesis.docx", "four years of work");
        var before = FolderContents.Read(Output);

        var refused = await Assert.ThrowsAsync<Diagnostics.ContentException>(() =>
            Cli.Serving.ServeSession.StartAsync(new Cli.Serving.ServeOptions(Repository.Input, Output, Repository.Theme), _stdout, _stderr, TestContext.Current.CancellationToken));

        Assert.Matches(@"site\(1,1\): error XPL0006: the output folder holds 1 file\(s\) that explainer did not write \(thesis\.docx\)", Assert.Single(refused.Diagnostics).ToString());
        Assert.Equal(string.Empty, _stdout.ToString());
        FolderContents.AssertIdentical(before, FolderContents.Read(Output));
    }

    private int Build(params string[] args)
    {
        string[] defaults = ["--input", Repository.Input, "--output", Output, "--theme", Repository.Theme, "--verbosity", "quiet"];
        var given = args.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToHashSet();
        var options = new List<string> { "build" };
        for (var i = 0; i < defaults.Length; i += 2)
        {
            if (!given.Contains(defaults[i]))
            {
                options.AddRange([defaults[i], defaults[i + 1]]);
            }
        }

        _stderr.GetStringBuilder().Clear();
        return Program.Run([.. options, .. args], _stdout, _stderr);
    }

    private static string[] Lines(StringWriter writer) =>
        writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
