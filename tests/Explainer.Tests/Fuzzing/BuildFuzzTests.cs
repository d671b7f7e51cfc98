using System.Globalization;
using CsCheck;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzzing;

/// <summary>
/// Mutated copies of the seed input (docs/fuzzing.md): the build either succeeds with valid pages or
/// fails with located errors and writes nothing. The test run tries a fixed set of cases;
/// bench/fuzz.sh runs the same property with a random seed for as long as it is given.
/// </summary>
public sealed class BuildFuzzTests
{
    [Fact]
    public void The_seed_input_itself_keeps_the_property_and_builds()
    {
        var site = File.ReadAllBytes(Path.Combine(Repository.Input, FuzzedFile.SiteYml.RelativePath()));

        var outcome = BuildProperty.Check(FuzzedFile.SiteYml, site);

        Assert.True(outcome.Built);
    }

    [Fact]
    public void The_HTML_check_finds_parse_errors_and_ids_used_twice()
    {
        Assert.Empty(HtmlValidity.Errors("<!doctype html><html lang=de><title>x</title><p id=a>a</p><p id=b>b</p>"));
        Assert.NotEmpty(HtmlValidity.Errors("<html><title>x</title><p>no doctype</p>"));
        Assert.NotEmpty(HtmlValidity.Errors("<!doctype html><title>x</title><p a=1 a=2>attribute twice</p>"));
        Assert.Equal(["(1,36): control-character-in-input-stream U+0001"], HtmlValidity.Errors("<!doctype html><title>x</title><p>a\u0001</p>"));
        Assert.Contains("(1,36): noncharacter-in-input-stream U+FFFF", HtmlValidity.Errors("<!doctype html><title>x</title><p>a\uFFFF</p>"));
        Assert.Equal(["(1,45): the id 'a' is used by 2 elements"], HtmlValidity.Errors("<!doctype html><title>x</title><p id=a>a</p><p id=a>b</p>"));
    }

    [Fact]
    public void A_seed_generates_the_same_cases_every_time()
    {
        static List<string> Cases(string seed)
        {
            var random = PCG.Parse(seed);
            return [.. Enumerable.Range(0, 20).Select(_ => FuzzCaseGen.Cases.Generate(random, null, out Size _).ToString())];
        }

        Assert.Equal(Cases(FuzzSettings.DefaultSeed), Cases(FuzzSettings.DefaultSeed));
    }

    [Fact]
    public void Mutated_input_builds_with_valid_pages_or_fails_with_located_errors_and_writes_nothing()
    {
        var settings = FuzzSettings.FromEnvironment();

        var report = FuzzRunner.Run(settings);

        TestContext.Current.TestOutputHelper?.WriteLine(report.ToString());
        Assert.True(report.Failed == 0, report.ToString());
        // A generator whose cases all fail at the first byte, or all build, would test little.
        Assert.True(report.Cases < 20 || (report.Built > 0 && report.Built < report.Cases),
            string.Create(CultureInfo.InvariantCulture, $"{report.Built} of {report.Cases} cases built: the mutations should make some builds fail and let others succeed"));
    }
}
