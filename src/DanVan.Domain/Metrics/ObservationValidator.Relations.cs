using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

public sealed partial class ObservationValidator
{
    private sealed partial class Pass
    {
        /// <summary>Each row set aside because the same figure was reported again, with the row that is used (DV6204).</summary>
        private void DuplicateIssues()
        {
            if (_set.SupersededCount == 0)
            {
                return;
            }

            for (var m = 0; m < _set.MetricTable.Length; m++)
            {
                var winners = UsedRows(m);
                for (var row = _set.MetricStart[m]; row < _set.MetricStart[m + 1]; row++)
                {
                    if (!_set.IsSupersededRow(row))
                    {
                        continue;
                    }

                    var winner = winners[Key(row)];
                    var (reason, reasonVi) = ObservationColumns.IsProvisional(_columns.Meta[row]) && !ObservationColumns.IsProvisional(_columns.Meta[winner])
                        ? ("a final figure is used over a provisional one", "số liệu chính thức được dùng thay cho số liệu sơ bộ")
                        : ("the later figure corrects the earlier", "số liệu báo cáo sau thay cho số liệu trước");
                    Add(ObservationIssues.Duplicate, row, _set.MetricTable[m], string.Empty, null,
                        [new IssueArgument("winner", RowName(winner)), new IssueArgument("reason", reason), new IssueArgument("reasonVi", reasonVi)]);
                }
            }
        }

        /// <summary>For every relation whose metrics both have rows: each used row of the part against the used row of the whole for the same subject and period (DV6210).</summary>
        private void RelationIssues()
        {
            var wholes = new Dictionary<int, Dictionary<long, int>>();
            foreach (var relation in _validator._relations)
            {
                var part = Array.IndexOf(_set.MetricTable, relation.Lesser);
                var whole = Array.IndexOf(_set.MetricTable, relation.Greater);
                if (part < 0 || whole < 0)
                {
                    continue;
                }

                if (!wholes.TryGetValue(whole, out var wholeRows))
                {
                    wholeRows = UsedRows(whole);
                    wholes.Add(whole, wholeRows);
                }

                for (var row = _set.MetricStart[part]; row < _set.MetricStart[part + 1]; row++)
                {
                    if (_set.IsSupersededRow(row) || !wholeRows.TryGetValue(Key(row), out var other))
                    {
                        continue;
                    }

                    var (value, qualifier) = Figure(row);
                    var (otherValue, otherQualifier) = Figure(other);
                    if (Exceeds(value, qualifier, otherValue, otherQualifier))
                    {
                        Add(ObservationIssues.PartAboveWhole, row, relation.Lesser, "value", ObservationText.English(value),
                        [
                            new IssueArgument("value", ObservationText.English(value, qualifier)),
                            new IssueArgument("valueVi", ObservationText.Vietnamese(value, qualifier)),
                            new IssueArgument("greater", relation.Greater.ToString()),
                            new IssueArgument("greaterValue", ObservationText.English(otherValue, otherQualifier)),
                            new IssueArgument("greaterValueVi", ObservationText.Vietnamese(otherValue, otherQualifier)),
                            new IssueArgument("greaterRow", RowName(other)),
                        ]);
                    }
                }
            }
        }

        /// <summary>The used (not superseded) row of each subject and period among the rows of metric <paramref name="m"/>.</summary>
        private Dictionary<long, int> UsedRows(int m)
        {
            var rows = new Dictionary<long, int>(_set.MetricStart[m + 1] - _set.MetricStart[m]);
            for (var row = _set.MetricStart[m]; row < _set.MetricStart[m + 1]; row++)
            {
                if (!_set.IsSupersededRow(row))
                {
                    rows[Key(row)] = row;
                }
            }

            return rows;
        }

        private long Key(int row) => ((long)_columns.Subject[row] << 32) | (uint)_columns.Period[row];

        /// <summary>The figure of a row: its value, or for a ratio given as parts the percentage they make.</summary>
        private (decimal Value, NumberQualifier Qualifier) Figure(int row)
        {
            var qualifier = ObservationColumns.QualifierOf(_columns.Meta[row]);
            if (!_columns.HasParts(row))
            {
                return (_columns.ValueOf(row), qualifier);
            }

            return (Percent(_columns.ValueOf(row), _columns.DenominatorOf(row)), qualifier);
        }

        /// <summary>100 × numerator / denominator, 0 for 0/0; a quotient beyond decimal's range (a huge part over a tiny whole) stands at its maximum.</summary>
        private static decimal Percent(decimal numerator, decimal denominator)
        {
            if (denominator == 0m)
            {
                return numerator == 0m ? 0m : decimal.MaxValue;
            }

            try
            {
                return numerator * 100m / denominator;
            }
            catch (OverflowException)
            {
                return decimal.MaxValue;
            }
        }
    }
}
