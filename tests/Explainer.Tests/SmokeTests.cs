using Explainer.Tests.Support;

namespace Explainer.Tests;

public class SmokeTests
{
    [Fact]
    public void The_seed_ships_in_the_repository()
    {
        Assert.True(File.Exists(Repository.Seed));
    }
}
