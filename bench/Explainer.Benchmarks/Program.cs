using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Explainer.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Explainer.Benchmarks.Seed).Assembly).Run(args);
