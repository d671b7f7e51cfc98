using Explainer.BrowserTests.Support;

// One build, one server and one browser for the whole assembly; each test opens its own context.
[assembly: AssemblyFixture(typeof(SiteUnderTest))]
