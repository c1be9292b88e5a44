using System.Diagnostics;
using DanVan.Domain.Administration;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

/// <summary>
/// Kiểm tra số liệu: checks observations against a metric catalog and the administrative catalog (DV62xx) and returns
/// the issues found; never throws for bad data.
/// </summary>
/// <remarks>
/// <para>Per observation: the metric is in the catalog (DV6201); the unit of measure the report wrote is the
/// definition's (DV6202); parts are given only for a rate or coverage (DV6203), and a ratio's numerator does not exceed
/// its denominator (DV6205) nor a percentage 100 % (DV6206); the value suits the metric: no negative count, rate,
/// coverage or score (DV6207; amounts may be negative), no fractional count (DV6208), a grade between 1 and the number
/// of levels (DV6209); the subject's unit, and its organization's unit, existed on the date its code is read at
/// (DV6211) and, as a warning, over the whole period (DV6212); the period lies within the activity's dates when they are
/// given (DV6213).</para>
/// <para>Across observations of one set: the same figure reported more than once (DV6204, a warning naming the row that
/// is used, as <see cref="ObservationSet.IsSuperseded"/> decides), and a part greater than its whole for the same
/// subject (as written) and period (DV6210): a ratio's numerator metric against its denominator metric, and every
/// <see cref="Relations"/> pair. Only the rows that are used take part.</para>
/// <para>A qualified figure breaks a bound only when every value it allows does: "hơn 100%" is above 100 %, "dưới
/// 110%" is not; "khoảng" counts as the figure itself. Paths are <c>observations[i]</c> (the row, in the set's
/// order or the order given) and the field as observation files name it (docs/metrics-io.md): <c>.metric</c>,
/// <c>.unitOfMeasure</c>, <c>.value</c>, <c>.numerator</c>, <c>.denominator</c>, <c>.unit</c>, <c>.organization</c> or
/// <c>.period</c>. Issues come in row order. A set is checked over its
/// columns, each distinct subject and period resolved once, so millions of rows take seconds at most.
/// Immutable and thread-safe. Rules, codes and examples: docs/metrics-validation.md.</para>
/// </remarks>
/// <example>
/// <code>
/// var lapThach = ObservationSubject.Of(UnitCode.Parse("246"));
/// var year = ReportingPeriod.CalendarYear(2021);
/// var set = ObservationSet.From([
///     new Observation(BuiltInMetrics.PetitionsReceived, lapThach, year, 79m),
///     new Observation(BuiltInMetrics.PetitionsWithinJurisdiction, lapThach, year, 85m)]);
/// var result = ObservationValidator.Default.Validate(set);
/// // DV6210 at observations[1].value: "petitions.within-jurisdiction for 246, 2021: 85 is more than the 79 of petitions.received (observations[0]), ..."
/// </code>
/// </example>
public sealed partial class ObservationValidator
{
    private readonly MetricRelation[] _relations;

    /// <summary>A validator over the given catalogs.</summary>
    /// <param name="metrics">The metric definitions (default: <see cref="MetricCatalog.Default"/>).</param>
    /// <param name="units">The administrative units (default: <see cref="AdministrativeCatalog.Default"/>).</param>
    /// <param name="relations">The part-of relations to check besides those of the catalog's ratios (default:
    /// <see cref="MetricRelation.BuiltIn"/>; pass an empty list for none).</param>
    /// <exception cref="ArgumentNullException">A relation is null.</exception>
    public ObservationValidator(MetricCatalog? metrics = null, AdministrativeCatalog? units = null, IEnumerable<MetricRelation>? relations = null)
    {
        Metrics = metrics ?? MetricCatalog.Default;
        Units = units ?? AdministrativeCatalog.Default;
        var given = (relations ?? MetricRelation.BuiltIn).ToList();
        foreach (var relation in given)
        {
            ArgumentNullException.ThrowIfNull(relation, nameof(relations));
        }

        _relations = MetricRelation.FromRatios(Metrics).Concat(given).Distinct().ToArray();
        Relations = Array.AsReadOnly(_relations);
    }

    /// <summary>The validator over <see cref="MetricCatalog.Default"/>, <see cref="AdministrativeCatalog.Default"/> and the built-in relations.</summary>
    public static ObservationValidator Default => DefaultHolder.Validator;

    /// <summary>The metric definitions observations are checked against.</summary>
    public MetricCatalog Metrics { get; }

    /// <summary>The administrative units subjects are resolved in.</summary>
    public AdministrativeCatalog Units { get; }

    /// <summary>Every part-of relation checked: those of the catalog's ratios (numerator within denominator), then the given ones.</summary>
    public IReadOnlyList<MetricRelation> Relations { get; }

    /// <summary>Checks one observation on its own: metric, unit of measure, value, subject and period (no duplicates or relations, which need others).</summary>
    /// <param name="observation">The observation.</param>
    /// <param name="within">The activity's or programme's dates; when given, a period not within them is DV6213.</param>
    /// <param name="path">Where the observation is (<c>report.figures[2]</c>); issues' paths start with it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observation"/> is null.</exception>
    public ValidationResult Validate(Observation observation, DateInterval? within = null, string path = "")
    {
        ArgumentNullException.ThrowIfNull(observation);
        var prefix = path ?? string.Empty;
        var set = new ObservationSetBuilder(1).Add(observation).Build();
        return new Pass(this, set, within, _ => prefix, null).Run();
    }

    /// <summary>
    /// Checks observations as one collection: each on its own, then duplicates and relations among them. Paths are
    /// <c>observations[i]</c> with <c>i</c> the position in <paramref name="observations"/>; repeated figures are
    /// resolved as an <see cref="ObservationSet"/> built from them would (a final figure over a provisional one,
    /// otherwise the later).
    /// </summary>
    /// <param name="observations">The observations.</param>
    /// <param name="within">The activity's or programme's dates; when given, a period not within them is DV6213.</param>
    /// <param name="path">The name of the list in paths.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> or one of them is null.</exception>
    public ValidationResult Validate(IEnumerable<Observation> observations, DateInterval? within = null, string path = "observations")
    {
        ArgumentNullException.ThrowIfNull(observations);
        if (observations is ObservationSet given)
        {
            return Validate(given, within, path);
        }

        var list = observations.ToList();
        var set = new ObservationSetBuilder(list.Count).AddRange(list).Build();
        var original = OriginalRows(list, set);
        var prefix = path ?? string.Empty;
        return new Pass(this, set, within, row => IssuePath.Index(prefix, original[row]), original).Run();
    }

    /// <summary>
    /// Checks a set: every row, then duplicates (DV6204) and relations (DV6210) among the rows that are used. Paths are
    /// <c>observations[i]</c> with <c>i</c> the row in the set's order (grouped by metric, as the indexer gives).
    /// </summary>
    /// <param name="observations">The set.</param>
    /// <param name="within">The activity's or programme's dates; when given, a period not within them is DV6213.</param>
    /// <param name="path">The name of the list in paths.</param>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    public ValidationResult Validate(ObservationSet observations, DateInterval? within = null, string path = "observations")
    {
        ArgumentNullException.ThrowIfNull(observations);
        var prefix = path ?? string.Empty;
        return new Pass(this, observations, within, row => IssuePath.Index(prefix, row), null).Run();
    }

    // A set keeps the rows of each metric together, in the order they were added (ObservationSet's documented order);
    // this maps each row back to its position in the list it was built from, whatever order the metrics come in.
    private static int[] OriginalRows(List<Observation> list, ObservationSet set)
    {
        var positions = new Dictionary<MetricCode, List<int>>();
        for (var i = 0; i < list.Count; i++)
        {
            if (!positions.TryGetValue(list[i].Metric, out var rows))
            {
                rows = [];
                positions.Add(list[i].Metric, rows);
            }

            rows.Add(i);
        }

        var original = new int[list.Count];
        for (var m = 0; m < set.MetricTable.Length; m++)
        {
            var rows = positions[set.MetricTable[m]];
            Debug.Assert(rows.Count == set.MetricStart[m + 1] - set.MetricStart[m], "A set holds every row of a metric together.");
            rows.CopyTo(original, set.MetricStart[m]);
        }

        return original;
    }

    private static class DefaultHolder
    {
        internal static readonly ObservationValidator Validator = new();
    }
}
