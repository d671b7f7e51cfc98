namespace Explainer.Tests.Fuzzing;

/// <summary>One generated case: a file of the seed input and the mutations applied to it, in order.</summary>
public sealed record FuzzCase(FuzzedFile File, IReadOnlyList<Mutation> Mutations)
{
    /// <summary>Applies the mutations to the file's original bytes; returns the new bytes and what each step did.</summary>
    public (byte[] Text, IReadOnlyList<string> Steps) Apply(byte[] original)
    {
        var text = original;
        var steps = new List<string>();
        foreach (var mutation in Mutations)
        {
            (text, var done) = mutation.Apply(text);
            steps.Add(done);
        }

        return (text, steps);
    }

    public override string ToString() => $"{File.RelativePath()}: {string.Join("; ", Mutations)}";
}
