using DanVan.Domain.Text;
using DanVan.Domain.Validation;

namespace DanVan.Domain.Metrics;

public sealed partial class ObservationValidator
{
    private sealed partial class Pass
    {
        /// <summary>Whether the value suits the metric's kind (DV6203, DV6205–DV6209), read from the columns without making an observation.</summary>
        private void ValueIssues(int row, MetricCode code, MetricDefinition definition)
        {
            var qualifier = ObservationColumns.QualifierOf(_columns.Meta[row]);
            if (_columns.HasParts(row))
            {
                var numerator = _columns.ValueOf(row);
                var denominator = _columns.DenominatorOf(row);
                if (!definition.IsRatio)
                {
                    Add(ObservationIssues.PartsForNonRatio, row, code, "denominator", ObservationText.English(denominator),
                        Argument("numerator", numerator), Argument("denominator", denominator), KindArguments(definition.Kind));
                }
                else if (numerator > denominator)
                {
                    Add(ObservationIssues.NumeratorAboveDenominator, row, code, "numerator", ObservationText.English(numerator),
                        Argument("numerator", numerator), Argument("denominator", denominator));
                }

                return;
            }

            var mantissa = _columns.Value[row];
            var scale = _columns.Scale[row];
            switch (definition.Kind)
            {
                case MetricKind.Rate or MetricKind.Coverage:
                    var percent = _columns.ValueOf(row);
                    if (IsAbove(percent, qualifier, 100m))
                    {
                        Add(ObservationIssues.PercentAboveHundred, row, code, "value", ObservationText.English(percent), Argument("value", percent), KindArguments(definition.Kind));
                    }

                    NegativeIssue(row, code, definition.Kind, mantissa, qualifier);
                    break;
                case MetricKind.Count:
                    NegativeIssue(row, code, definition.Kind, mantissa, qualifier);
                    if (scale > 0)
                    {
                        var value = _columns.ValueOf(row);
                        Add(ObservationIssues.FractionalCount, row, code, "value", ObservationText.English(value), Argument("value", value));
                    }

                    break;
                case MetricKind.Score:
                    NegativeIssue(row, code, definition.Kind, mantissa, qualifier);
                    break;
                case MetricKind.Grade:
                    if (scale > 0 || mantissa < 1 || mantissa > definition.Grades.Count)
                    {
                        var value = _columns.ValueOf(row);
                        Add(ObservationIssues.GradeOutOfRange, row, code, "value", ObservationText.English(value), Argument("value", value),
                            [
                                new IssueArgument("count", definition.Grades.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                                new IssueArgument("levels", string.Join("; ", definition.Grades.Select((level, i) => $"{i + 1}: {level}"))),
                            ]);
                    }

                    break;
                default:
                    // An amount may be negative (a net figure, a correction) or fractional.
                    break;
            }
        }

        private void NegativeIssue(int row, MetricCode code, MetricKind kind, long mantissa, NumberQualifier qualifier)
        {
            if (mantissa < 0 ? BoundsAbove(qualifier) : mantissa == 0 && qualifier is NumberQualifier.LessThan or NumberQualifier.Nearly)
            {
                var value = _columns.ValueOf(row);
                Add(ObservationIssues.NegativeValue, row, code, "value", ObservationText.English(value), Argument("value", value), KindArguments(kind));
            }
        }

        /// <summary>
        /// True when every value the figure allows is above <paramref name="limit"/>: the figure itself, "khoảng" read as
        /// the figure, "hơn" or "ít nhất" as a floor; "dưới", "gần" and "tối đa" only give a ceiling, so they never are.
        /// </summary>
        private static bool IsAbove(decimal value, NumberQualifier qualifier, decimal limit) =>
            Floor(qualifier) is { } strict && (value > limit || (value == limit && strict));

        /// <summary>True when the qualifier leaves the figure as a ceiling, so a negative figure is surely negative.</summary>
        private static bool BoundsAbove(NumberQualifier qualifier) => Ceiling(qualifier) is not null;

        /// <summary>Whether the written figure is a floor of the true one (null: no floor), and whether that floor is strict.</summary>
        private static bool? Floor(NumberQualifier qualifier) => qualifier switch
        {
            NumberQualifier.Exact or NumberQualifier.About or NumberQualifier.AtLeast => false,
            NumberQualifier.MoreThan => true,
            _ => null,
        };

        /// <summary>Whether the written figure is a ceiling of the true one (null: no ceiling), and whether that ceiling is strict.</summary>
        private static bool? Ceiling(NumberQualifier qualifier) => qualifier switch
        {
            NumberQualifier.Exact or NumberQualifier.About or NumberQualifier.AtMost => false,
            NumberQualifier.LessThan or NumberQualifier.Nearly => true,
            _ => null,
        };

        /// <summary>True when the part surely exceeds the whole: the part's floor is above the whole's ceiling.</summary>
        private static bool Exceeds(decimal part, NumberQualifier partQualifier, decimal whole, NumberQualifier wholeQualifier) =>
            Floor(partQualifier) is { } partStrict && Ceiling(wholeQualifier) is { } wholeStrict &&
            (part > whole || (part == whole && (partStrict || wholeStrict)));

        private static IssueArgument[] Argument(string name, decimal value) =>
            [new(name, ObservationText.English(value)), new(name + "Vi", ObservationText.Vietnamese(value))];

        private static IssueArgument[] KindArguments(MetricKind kind) =>
            [new("kind", ObservationText.Kind(kind)), new("kindVi", ObservationText.KindVietnamese(kind))];
    }
}
