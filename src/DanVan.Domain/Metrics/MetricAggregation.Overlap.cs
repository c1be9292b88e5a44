using System.Globalization;
using DanVan.Domain.Administration;
using DanVan.Domain.Organizations;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

internal sealed partial class MetricAggregation
{
    /// <summary>
    /// Figures came from more than one level: finds every figure that has a reporting ancestor (same result period and
    /// organization kind), records a reconciliation per ancestor, and excludes totals or parts as the policy says.
    /// </summary>
    private void Settle(List<Reconciliation> reconciliations)
    {
        var columns = _set.Columns;
        var present = new Dictionary<(int Bucket, int Organization, int Source), (decimal Value, int Rows)>();
        for (var i = 0; i < _source.Length; i++)
        {
            if (_source[i] < 0)
            {
                continue;
            }

            var row = First + i;
            var key = (_buckets.BucketOf[columns.Period[row]], OrganizationKey(row), _source[i]);
            var (value, rows) = present.GetValueOrDefault(key);
            present[key] = (value + columns.ValueOf(row), rows + 1);
        }

        var sourceOfUnit = new Dictionary<AdministrativeUnit, int>(ReferenceEqualityComparer.Instance);
        var central = -1;
        for (var s = 0; s < _placements.Count; s++)
        {
            if (_placements[s].Unit is { } unit)
            {
                sourceOfUnit[unit] = s;
            }
            else
            {
                central = s;
            }
        }

        var catalog = _resolution.Catalog;
        var parts = new Dictionary<(int Bucket, int Organization, int Source), List<(int Bucket, int Organization, int Source)>>();
        foreach (var key in present.Keys)
        {
            if (Nearest(key) is { } ancestor)
            {
                if (!parts.TryGetValue(ancestor, out var list))
                {
                    parts.Add(ancestor, list = []);
                }

                list.Add(key);
            }
        }

        _excluded = [];
        var disagreements = 0;
        Reconciliation? example = null;
        foreach (var (total, below) in parts.OrderBy(p => p.Key))
        {
            var partsTotal = below.Sum(k => present[k].Value);
            var reconciliation = new Reconciliation
            {
                Metric = _definition.Code,
                Unit = _placements[total.Source].Unit,
                Period = _buckets.Buckets[total.Bucket],
                OrganizationKind = total.Organization == 0 ? null : (OrganizationKind)(total.Organization - 1),
                OwnTotal = present[total].Value,
                PartsTotal = partsTotal,
                Parts = below.Count,
                Used = _query.Overlap,
            };
            reconciliations.Add(reconciliation);
            if (reconciliation.Difference != 0m)
            {
                disagreements++;
                example ??= reconciliation;
            }

            if (_query.Overlap == OverlapPolicy.PreferParts)
            {
                _excluded.Add(total);
            }
            else
            {
                _excluded.UnionWith(below);
            }
        }

        if (example is not null)
        {
            var used = _query.Overlap == OverlapPolicy.PreferParts ? ("the parts", "số liệu cấp dưới") : ("the totals", "số tổng");
            _issues.Add(AggregationIssues.Disagreement.Create(
                string.Empty,
                null,
                new IssueArgument("metric", _definition.Code.ToString()),
                new IssueArgument("count", disagreements.ToString(CultureInfo.InvariantCulture)),
                new IssueArgument("subject", example.Unit?.ToString() ?? "VN"),
                new IssueArgument("period", example.Period.ToString() ?? string.Empty),
                new IssueArgument("own", example.OwnTotal.ToString(CultureInfo.InvariantCulture)),
                new IssueArgument("parts", example.PartsTotal.ToString(CultureInfo.InvariantCulture)),
                new IssueArgument("used", used.Item1),
                new IssueArgument("usedVi", used.Item2)));
        }

        (int Bucket, int Organization, int Source)? Nearest((int Bucket, int Organization, int Source) key)
        {
            if (_placements[key.Source].Unit is not { } unit)
            {
                return null;
            }

            foreach (var ancestor in catalog.Ancestors(unit))
            {
                if (sourceOfUnit.TryGetValue(ancestor, out var s) && present.ContainsKey((key.Bucket, key.Organization, s)))
                {
                    return (key.Bucket, key.Organization, s);
                }
            }

            return central >= 0 && present.ContainsKey((key.Bucket, key.Organization, central)) ? (key.Bucket, key.Organization, central) : null;
        }
    }
}
