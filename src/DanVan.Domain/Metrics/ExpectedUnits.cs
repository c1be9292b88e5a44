using DanVan.Domain.Administration;

namespace DanVan.Domain.Metrics;

/// <summary>The units expected to report at one level on the as-of date, and the result unit each belongs to.</summary>
internal sealed class ExpectedUnits
{
    private readonly Dictionary<AdministrativeUnit, int> _index = new(ReferenceEqualityComparer.Instance);

    public ExpectedUnits(AdministrativeLevel level, AdministrativeUnit[] units, int[] target, int targetCount)
    {
        Level = level;
        Units = units;
        Target = target;
        var byTarget = new List<int>[targetCount];
        for (var t = 0; t < targetCount; t++)
        {
            byTarget[t] = [];
        }

        for (var i = 0; i < units.Length; i++)
        {
            _index[units[i]] = i;
            if (target[i] >= 0)
            {
                byTarget[target[i]].Add(i);
            }
        }

        ByTarget = [.. byTarget.Select(l => l.ToArray())];
    }

    public AdministrativeLevel Level { get; }

    public AdministrativeUnit[] Units { get; }

    /// <summary>The result unit of each expected unit (-1 when none).</summary>
    public int[] Target { get; }

    /// <summary>The expected units of each result unit.</summary>
    public int[][] ByTarget { get; }

    public int IndexOf(AdministrativeUnit unit) => _index.TryGetValue(unit, out var i) ? i : -1;
}
