namespace DanVan.Domain.Metrics;

/// <summary>The result period of each period of a set: itself, the period it rolls up into, or none.</summary>
internal sealed class PeriodBuckets
{
    /// <summary>The period is outside <see cref="AggregationQuery.Within"/>: skipped without an issue.</summary>
    public const int Filtered = -1;

    /// <summary>The period does not fit the granularity or the target period.</summary>
    public const int DoesNotFit = -2;

    public PeriodBuckets(ReportingPeriod[] periods, AggregationQuery query)
    {
        var index = new Dictionary<ReportingPeriod, int>();
        var list = new List<ReportingPeriod>();
        BucketOf = new int[periods.Length];
        for (var p = 0; p < periods.Length; p++)
        {
            var period = periods[p];
            if (query.Within is { } within && !(within.Contains(period.Start) && within.Contains(period.End)))
            {
                BucketOf[p] = Filtered;
                continue;
            }

            ReportingPeriod bucket;
            if (query.Period is { } into)
            {
                if (!into.Contains(period))
                {
                    // Figures wholly outside the period are simply not asked for; straddling ones cannot be split.
                    BucketOf[p] = into.Overlaps(period) ? DoesNotFit : Filtered;
                    continue;
                }

                bucket = into;
            }
            else if (query.Granularity is { } granularity)
            {
                if (!period.TryRollUp(granularity, out bucket))
                {
                    BucketOf[p] = DoesNotFit;
                    continue;
                }
            }
            else
            {
                bucket = period;
            }

            if (!index.TryGetValue(bucket, out var b))
            {
                b = list.Count;
                index.Add(bucket, b);
                list.Add(bucket);
            }

            BucketOf[p] = b;
        }

        Buckets = [.. list];
    }

    public int[] BucketOf { get; }

    public ReportingPeriod[] Buckets { get; }

    public static string Describe(AggregationQuery query) => query.Period?.ToString() ?? query.Granularity?.ToString() ?? "the reported periods";
}
