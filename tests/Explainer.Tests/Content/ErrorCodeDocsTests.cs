using System.Reflection;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Content;

public class ErrorCodeDocsTests
{
    [Fact]
    public void Every_error_and_warning_code_is_unique_and_documented_with_an_example()
    {
        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .ToList();
        var docs = File.ReadAllLines(Path.Combine(Repository.Root, "docs", "errors.md"));

        Assert.Equal(codes.Count, codes.Distinct().Count());
        foreach (var code in codes)
        {
            var row = docs.SingleOrDefault(l => l.StartsWith($"| {code} |", StringComparison.Ordinal));
            Assert.True(row is not null, $"{code} is not in docs/errors.md");
            Assert.True(
                row.Contains($"error {code}:", StringComparison.Ordinal) || row.Contains($"warning {code}:", StringComparison.Ordinal),
                $"the row of {code} has no example line");
        }
    }
}
