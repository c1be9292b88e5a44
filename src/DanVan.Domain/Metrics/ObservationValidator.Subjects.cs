using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Metrics;

public sealed partial class ObservationValidator
{
    private sealed partial class Pass
    {
        // What is wrong with a subject over a period, found once per distinct pair however many rows share it.
        private readonly Dictionary<long, SubjectProblem[]> _subjectProblems = [];

        /// <summary>The subject's unit and its organization's unit existed on the date their codes are read at (DV6211), and over the period (DV6212).</summary>
        private void SubjectIssues(int row, MetricCode code)
        {
            var key = Key(row);
            if (!_subjectProblems.TryGetValue(key, out var problems))
            {
                problems = Resolve(_set.SubjectTable[_columns.Subject[row]], _set.PeriodTable[_columns.Period[row]]);
                _subjectProblems.Add(key, problems);
            }

            foreach (var problem in problems)
            {
                Add(problem.Descriptor, row, code, problem.Property, problem.Code, problem.Arguments);
            }
        }

        private SubjectProblem[] Resolve(ObservationSubject subject, ReportingPeriod period)
        {
            List<SubjectProblem>? problems = null;
            (UnitCode Code, LocalDate Date)? checkedUnit = null;
            if (subject.Unit is { } unit)
            {
                checkedUnit = (unit, subject.EffectiveUnitDate(period));
                Check("unit", unit, checkedUnit.Value.Date, period, ref problems);
            }

            // An organization names a unit of its own; read it at the day its identifier gives, or like the subject's.
            if (subject.Organization is { Unit: { } bodyUnit } body)
            {
                var date = body.UnitSince ?? checkedUnit?.Date ?? period.End;
                if (checkedUnit != (bodyUnit, date))
                {
                    Check("organization", bodyUnit, date, period, ref problems);
                }
            }

            return problems?.ToArray() ?? [];
        }

        private void Check(string property, UnitCode code, LocalDate date, ReportingPeriod period, ref List<SubjectProblem>? problems)
        {
            var units = _validator.Units;
            var unit = units.Find(code, date);
            if (unit is null)
            {
                var versions = units.Versions(code);
                var (hint, hintVi) = versions.Count == 0
                    ? (" No unit ever had this code.", " Chưa có đơn vị nào mang mã này.")
                    : (" The code was: " + string.Join("; ", versions) + ".", " Mã này là: " + string.Join("; ", versions) + ".");
                (problems ??= []).Add(new SubjectProblem(ObservationIssues.UnitNotOnDate, property, code.ToString(),
                [
                    new("code", code.ToString()), new("date", LocalDateJsonConverter.Format(date)), new("hint", hint), new("hintVi", hintVi),
                ]));
            }
            else if (!unit.IsValidOn(period.Start) || !unit.IsValidOn(period.End))
            {
                (problems ??= []).Add(new SubjectProblem(ObservationIssues.UnitNotForWholePeriod, property, code.ToString(), [new("unit", unit.ToString())]));
            }
        }

        // Property: the field of the observation that names the unit, "unit" or "organization", as in its JSON and CSV.
        private sealed record SubjectProblem(IssueDescriptor Descriptor, string Property, string Code, IssueArgument[] Arguments);
    }
}
