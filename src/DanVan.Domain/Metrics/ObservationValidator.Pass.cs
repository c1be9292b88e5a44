using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

public sealed partial class ObservationValidator
{
    /// <summary>One run of the checks over a set's columns. Not shared between threads: each call makes its own.</summary>
    private sealed partial class Pass
    {
        private readonly ObservationValidator _validator;
        private readonly ObservationSet _set;
        private readonly ObservationColumns _columns;
        private readonly LocalDate? _withinStart;
        private readonly LocalDate? _withinEnd;
        private readonly string? _withinText;
        private readonly Func<int, string> _rowPath;
        private readonly int[]? _original;
        private readonly List<(int Order, ValidationIssue Issue)> _issues = [];

        public Pass(ObservationValidator validator, ObservationSet set, DateInterval? within, Func<int, string> rowPath, int[]? original)
        {
            _validator = validator;
            _set = set;
            _columns = set.Columns;
            _rowPath = rowPath;
            _original = original;
            if (within is not null)
            {
                // Periods are ISO; an interval in another calendar is compared by its days.
                _withinStart = Iso(within.Start, LocalDate.MinIsoValue);
                _withinEnd = Iso(within.End, LocalDate.MaxIsoValue);
                _withinText = ObservationText.Interval(_withinStart.Value, _withinEnd.Value);
            }
        }

        // A day of another calendar that ISO cannot hold lies beyond every period: the interval is open on that side.
        private static LocalDate Iso(LocalDate date, LocalDate beyond)
        {
            try
            {
                return date.WithCalendar(CalendarSystem.Iso);
            }
            catch (Exception exception) when (exception is ArgumentOutOfRangeException or OverflowException)
            {
                return beyond;
            }
        }

        public ValidationResult Run()
        {
            for (var m = 0; m < _set.MetricTable.Length; m++)
            {
                var code = _set.MetricTable[m];
                var definition = _validator.Metrics.Find(code);
                for (var row = _set.MetricStart[m]; row < _set.MetricStart[m + 1]; row++)
                {
                    RowIssues(row, code, definition);
                }
            }

            DuplicateIssues();
            RelationIssues();

            // Issues of one row stay together, in the order of the rows as the caller numbers them.
            return ValidationResult.From(_issues.OrderBy(entry => entry.Order).Select(entry => entry.Issue));
        }

        private void RowIssues(int row, MetricCode code, MetricDefinition? definition)
        {
            if (definition is null)
            {
                Add(ObservationIssues.MetricNotInCatalog, row, code, "metric", code.ToString());
            }
            else
            {
                if (_columns.UnitOf(row) is { } stated && stated != definition.Unit)
                {
                    Add(ObservationIssues.UnitOfMeasureMismatch, row, code, "unitOfMeasure", Organizations.OrganizationJson.EnumName(stated),
                        [
                            new IssueArgument("stated", stated.EnglishName()), new IssueArgument("expected", definition.Unit.EnglishName()),
                            new IssueArgument("statedVi", stated.VietnameseName()), new IssueArgument("expectedVi", definition.Unit.VietnameseName()),
                        ]);
                }

                ValueIssues(row, code, definition);
            }

            SubjectIssues(row, code);
            if (_withinStart is { } start && _withinEnd is { } end)
            {
                var period = _set.PeriodTable[_columns.Period[row]];
                if (period.Start < start || period.End > end)
                {
                    Add(ObservationIssues.PeriodOutsideActivity, row, code, "period", ObservationText.Period(period),
                        [new IssueArgument("activity", _withinText!)]);
                }
            }
        }

        /// <summary>Adds an issue about <paramref name="row"/>: its metric, subject and period first, then <paramref name="arguments"/>.</summary>
        private void Add(IssueDescriptor descriptor, int row, MetricCode code, string property, string? attempted, params IssueArgument[][] arguments)
        {
            IssueArgument[] all =
            [
                new("metric", code.ToString()),
                new("subject", _set.SubjectTable[_columns.Subject[row]].ToString()),
                new("period", ObservationText.Period(_set.PeriodTable[_columns.Period[row]])),
                .. arguments.SelectMany(group => group),
            ];
            _issues.Add((Order(row), descriptor.Create(IssuePath.Combine(_rowPath(row), property), attempted, all)));
        }

        private int Order(int row) => _original?[row] ?? row;

        private string RowName(int row) => _rowPath(row) is { Length: > 0 } path ? path : "#" + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
