namespace Explainer.Corpus;

/// <summary>
/// A small seeded generator (SplitMix64). Its sequence is fixed by this code alone, so a corpus is
/// the same on every machine and every .NET version, unlike <see cref="Random"/>'s.
/// </summary>
public sealed class Variation(ulong seed)
{
    private ulong _state = seed;

    /// <summary>The generator for explainer number <paramref name="index"/> of a corpus.</summary>
    public static Variation For(int index) => new(0x9E3779B97F4A7C15UL * (ulong)(index + 1));

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public int Between(int min, int max) => min + (int)(Next() % (ulong)(max - min + 1));

    /// <summary>True with the given probability (0..1).</summary>
    public bool Chance(double probability) => Next() % 10_000 < probability * 10_000;

    public T Pick<T>(IReadOnlyList<T> items) => items[(int)(Next() % (ulong)items.Count)];
}
