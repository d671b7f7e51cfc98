#:property TieredCompilation=false
#:property PublishAot=false

// The floor a build of a site stands on: writes the files of an already built site into a new
// folder the way `explainer build` writes them (its folder, then open, write, close; a whole
// explainer folder per task; file locking off), with the site held in memory first, and prints
// how long the writing took. Nothing is rendered, so no generator can write that site faster.
//
//   dotnet run bench/write-floor/write-floor.cs -- artifacts/bench/site-1000 /tmp/floor [workers]
//
// The target must not exist. On ext4 without a journal, leave a few minutes after deleting a
// large site before measuring (docs/performance.md, "Left alone").
using System.Diagnostics;

AppContext.SetSwitch("System.IO.DisableFileLocking", true);
if (args.Length < 2 || Directory.Exists(args[1]))
{
    Console.Error.WriteLine("usage: write-floor SITE TARGET [workers]   (TARGET must not exist)");
    return 2;
}

var source = Path.GetFullPath(args[0]);
var target = Path.GetFullPath(args[1]);
var workers = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : Environment.ProcessorCount;
var folders = Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories)
    .Select(f => (Path: Path.GetRelativePath(source, f), Bytes: File.ReadAllBytes(f)))
    .GroupBy(f => f.Path.Split(Path.DirectorySeparatorChar)[0])
    .ToList();

var watch = Stopwatch.StartNew();
Parallel.ForEach(folders, new ParallelOptions { MaxDegreeOfParallelism = workers }, folder =>
{
    foreach (var (path, bytes) in folder)
    {
        var file = Path.Combine(target, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var handle = File.OpenHandle(file, FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }
});
watch.Stop();

var files = folders.Sum(f => f.Count());
var size = folders.Sum(f => f.Sum(x => (long)x.Bytes.Length));
Console.WriteLine($"{files} files, {size:N0} bytes written by {workers} workers in {watch.Elapsed.TotalSeconds:F2} s");
return 0;
