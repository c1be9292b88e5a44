using System.Globalization;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

internal sealed partial class MetricAggregation
{
    /// <summary>Counts the rows set aside, by cause, with the first example of each, and turns them into one issue per cause.</summary>
    private sealed class Tally(MetricAggregation owner)
    {
        public int Superseded;
        public (int Count, int Example) DoesNotFit = (0, -1);
        public (int Count, int Example) WithoutParts = (0, -1);
        public (int Count, int Example) UnknownUnit = (0, -1);
        public (int Count, int Example) AboveLevel = (0, -1);
        public (int Count, int Example) NoSuccessor = (0, -1);

        public HashSet<int> WeightsReported { get; } = [];

        public static void Note(ref (int Count, int Example) cause, int row) =>
            cause = (cause.Count + 1, cause.Example < 0 ? row : cause.Example);

        public void Report()
        {
            var metric = owner._definition.Code.ToString();
            if (Superseded > 0)
            {
                owner._issues.Add(AggregationIssues.Superseded.Create(string.Empty, null, Arg("metric", metric), Arg("count", Superseded)));
            }

            Add(AggregationIssues.PeriodDoesNotFit, DoesNotFit, Arg("granularity", PeriodBuckets.Describe(owner._query)));
            Add(AggregationIssues.RatioWithoutParts, WithoutParts);
            Add(AggregationIssues.UnknownUnit, UnknownUnit);
            Add(AggregationIssues.AboveLevel, AboveLevel);
            Add(AggregationIssues.NoSuccessor, NoSuccessor, Arg("asOf", owner._geography.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

            void Add(IssueDescriptor descriptor, (int Count, int Example) cause, IssueArgument? extra = null)
            {
                if (cause.Count == 0)
                {
                    return;
                }

                var subject = owner._set.SubjectTable[owner._set.Columns.Subject[cause.Example]].ToString();
                var period = owner._set.PeriodTable[owner._set.Columns.Period[cause.Example]].ToString() ?? string.Empty;
                List<IssueArgument> arguments = [Arg("metric", metric), Arg("count", cause.Count), Arg("subject", subject), Arg("period", period)];
                if (extra is { } argument)
                {
                    arguments.Add(argument);
                }

                owner._issues.Add(descriptor.Create(string.Empty, subject, arguments));
            }
        }

        private static IssueArgument Arg(string name, string value) => new(name, value);

        private static IssueArgument Arg(string name, int value) => new(name, value.ToString(CultureInfo.InvariantCulture));
    }
}
