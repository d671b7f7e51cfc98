using Explainer.Components.Maps;

namespace Explainer.Tests.Components.Maps;

/// <summary>The country table the tool ships, against the world data it ships and the names a newsroom prints.</summary>
public sealed class CountryNamesTests
{
    [Theory]
    [InlineData(MapScale.Small)]
    [InlineData(MapScale.Medium)]
    public void Every_country_of_the_shipped_world_has_a_code_and_both_names(MapScale scale)
    {
        // Natural Earth leaves a few features without an id (Kosovo, Somaliland, N. Cyprus): they have no row.
        foreach (var country in Topology.World(scale).Countries.Where(c => c.Id is not null))
        {
            Assert.True(CountryNames.Alpha3Of(country.Id!) is not null, $"{country.Name} ({country.Id}) is not in the table");
            Assert.False(string.IsNullOrWhiteSpace(CountryNames.Name(country.Id!, "de")), $"{country.Name} ({country.Id}) has no German name");
            Assert.False(string.IsNullOrWhiteSpace(CountryNames.Name(country.Id!, "en")), $"{country.Name} ({country.Id}) has no English name");
        }
    }

    [Fact]
    public void Numeric_and_alpha3_codes_are_unique_and_well_formed()
    {
        using var stream = typeof(CountryNames).Assembly.GetManifestResourceStream("Explainer.Maps.countries.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split('\t')).ToList();

        Assert.All(rows, row => Assert.Matches("^[0-9]{3}$", row[0]));
        Assert.All(rows, row => Assert.Matches("^[A-Z]{3}$", row[1]));
        Assert.Equal(rows.Count, rows.Select(row => row[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(rows.Count, rows.Select(row => row[1]).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(rows.Select(row => row[1]), CountryNames.Alpha3Codes);
        Assert.All(CountryNames.Alpha3Codes, alpha3 => Assert.Equal(alpha3, CountryNames.Alpha3Of(CountryNames.NumericOf(alpha3)!)));
    }

    [Theory]
    [InlineData("RUS", "643")]
    [InlineData("PRK", "408")]
    [InlineData("KOR", "410")]
    [InlineData("UKR", "804")]
    [InlineData("AFG", "004")]
    public void Alpha3_and_numeric_codes_map_to_each_other(string alpha3, string numeric)
    {
        Assert.Equal(numeric, CountryNames.NumericOf(alpha3));
        Assert.Equal(alpha3, CountryNames.Alpha3Of(numeric));
    }

    [Theory]
    [InlineData("408", "de", "Nordkorea")]
    [InlineData("408", "en", "North Korea")]
    [InlineData("643", "de", "Russland")]
    [InlineData("643", "en", "Russia")]
    [InlineData("410", "de-AT", "Südkorea")]
    [InlineData("643", "fr", "Russia")]
    [InlineData("826", "de", "Großbritannien")]
    [InlineData("826", "en", "United Kingdom")]
    [InlineData("180", "de", "Demokratische Republik Kongo")]
    [InlineData("498", "de", "Moldau")]
    [InlineData("203", "de", "Tschechien")]
    [InlineData("760", "en-GB", "Syria")]
    public void Names_are_the_short_ones_a_newspaper_map_prints(string numeric, string language, string name) =>
        Assert.Equal(name, CountryNames.Name(numeric, language));

    [Fact]
    public void An_unknown_code_gives_null()
    {
        Assert.Null(CountryNames.NumericOf("XXX"));
        Assert.Null(CountryNames.NumericOf("rus"));
        Assert.Null(CountryNames.Alpha3Of("999"));
        Assert.Null(CountryNames.Alpha3Of("43"));
        Assert.Null(CountryNames.Name("999", "de"));
    }

    [Fact]
    public void The_codes_the_map_data_does_not_draw_are_exactly_those_listed()
    {
        var world = Topology.World(MapScale.Medium);
        var undrawn = CountryNames.Alpha3Codes.Where(code => world.Country(CountryNames.NumericOf(code)!) is null).ToHashSet();

        Assert.Equal(undrawn.Order(), CountryNames.NotInMapData.Order());
    }
}
