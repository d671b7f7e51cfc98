using Explainer.Corpus;

// explainer-corpus COUNT OUTPUT [--seed INPUT]: writes COUNT explainers varied from the seed.
if (args.Length < 2 || !int.TryParse(args[0], out var count) || count < 1)
{
    Console.Error.WriteLine("usage: explainer-corpus COUNT OUTPUT-FOLDER [--seed INPUT-FOLDER]");
    Console.Error.WriteLine("  Writes COUNT explainers (site.yml and one folder each) varied from the seed explainer.");
    Console.Error.WriteLine("  The seed is the first explainer of INPUT-FOLDER (default: input/ of this repository).");
    return 2;
}

var seed = args.Length >= 4 && args[2] == "--seed" ? args[3] : FindRepositoryInput();
try
{
    var written = CorpusGenerator.Generate(seed, args[1], count);
    Console.WriteLine($"Wrote {count} explainers ({written:N0} bytes) into {Path.GetFullPath(args[1])}.");
    return 0;
}
catch (CorpusException ex)
{
    Console.Error.WriteLine($"explainer-corpus: error: {ex.Message}");
    return 1;
}

static string FindRepositoryInput()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Explainer.sln")))
        {
            return Path.Combine(dir.FullName, "input");
        }
    }

    return "input";
}
