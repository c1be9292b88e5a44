using DanVan.Domain.Administration;

namespace DanVan.Domain.Metrics;

/// <summary>Why figures of a unit cannot be placed.</summary>
internal enum PlacementProblem
{
    None,
    AboveLevel,
    NoSuccessor,
}

/// <summary>Where figures of one source unit version go: result units with shares summing to 1.</summary>
internal sealed class Placement(
    AdministrativeUnit? unit,
    int level,
    int[] targets,
    decimal[] shares,
    bool estimated,
    PlacementProblem problem,
    AdministrativeUnit[] pieces,
    bool missingWeights)
{
    // Indexed by level; written once each (under the geography's lock), read without locking.
    private readonly int[]?[] _covered = new int[]?[4];

    /// <summary>The source unit; null for central bodies (the whole country).</summary>
    public AdministrativeUnit? Unit { get; } = unit;

    /// <summary>0 for the whole country, else the <see cref="AdministrativeLevel"/> value (finer is larger).</summary>
    public int Level { get; } = level;

    public int[] Targets { get; } = targets;

    public decimal[] Shares { get; } = shares;

    public bool Estimated { get; } = estimated;

    public PlacementProblem Problem { get; } = problem;

    /// <summary>The units of the as-of date that cover the source unit.</summary>
    public AdministrativeUnit[] Pieces { get; } = pieces;

    /// <summary>True when weights were asked for but none was given, so shares are equal.</summary>
    public bool MissingWeights { get; } = missingWeights;

    /// <summary>The expected units covered at <paramref name="level"/>, if already computed.</summary>
    public int[]? KnownCovered(AdministrativeLevel level) => Volatile.Read(ref _covered[(int)level]);

    /// <summary>Called under the geography's lock.</summary>
    public int[] CoveredAt(AdministrativeLevel level, Func<int[]> compute)
    {
        var covered = _covered[(int)level];
        if (covered is null)
        {
            covered = compute();
            Volatile.Write(ref _covered[(int)level], covered);
        }

        return covered;
    }
}
