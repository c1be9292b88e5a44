using DanVan.Domain.Text;

namespace DanVan.Domain.Metrics;

/// <summary>The running sums of one result cell (metric, period, organization kind, unit).</summary>
internal struct Accumulator
{
    // Whole numbers are summed in a long while they fit (the common case, and much cheaper than decimal); the rest,
    // and any whole-number sum that would overflow, go to the decimal.
    public long WholeSum;
    public decimal FractionSum;
    public decimal Denominator;
    public int Count;
    public int Estimated;
    public int Qualified;
    public int Provisional;
    public int QualifierMask;

    public readonly decimal Sum => FractionSum + WholeSum;

    public void AddWhole(long value, byte meta)
    {
        var sum = unchecked(WholeSum + value);
        if (((WholeSum ^ sum) & (value ^ sum)) < 0)
        {
            FractionSum += WholeSum;
            sum = value;
        }

        WholeSum = sum;
        Count++;
        Note(meta, false);
    }

    public void Add(decimal value, decimal denominator, byte meta, bool estimated)
    {
        FractionSum += value;
        Denominator += denominator;
        Count++;
        Note(meta, estimated);
    }

    private void Note(byte meta, bool estimated)
    {
        if (estimated)
        {
            Estimated++;
        }

        if (meta == 0)
        {
            return;
        }

        var qualifier = ObservationColumns.QualifierOf(meta);
        if (qualifier != NumberQualifier.Exact)
        {
            Qualified++;
            QualifierMask |= 1 << (int)qualifier;
        }

        if (ObservationColumns.IsProvisional(meta))
        {
            Provisional++;
        }
    }

    /// <summary>The qualifier of a sum of figures with these qualifiers (see <see cref="Aggregate.Qualifier"/>).</summary>
    public readonly NumberQualifier CombinedQualifier()
    {
        const int lower = (1 << (int)NumberQualifier.MoreThan) | (1 << (int)NumberQualifier.AtLeast);
        const int upper = (1 << (int)NumberQualifier.LessThan) | (1 << (int)NumberQualifier.AtMost) | (1 << (int)NumberQualifier.Nearly);
        var mask = QualifierMask;
        if (mask == 0)
        {
            return NumberQualifier.Exact;
        }

        if ((mask & ~lower) == 0)
        {
            return (mask & (1 << (int)NumberQualifier.MoreThan)) != 0 ? NumberQualifier.MoreThan : NumberQualifier.AtLeast;
        }

        if ((mask & ~upper) == 0)
        {
            // "Gần" alone stays "gần"; with "tối đa" only the weaker "at most" still holds.
            return (mask & (1 << (int)NumberQualifier.LessThan)) != 0 ? NumberQualifier.LessThan
                : (mask & (1 << (int)NumberQualifier.AtMost)) != 0 ? NumberQualifier.AtMost : NumberQualifier.Nearly;
        }

        return NumberQualifier.About;
    }
}
