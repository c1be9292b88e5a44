namespace DanVan.Domain.Metrics;

/// <summary>
/// How observation values are stored in columns: a 64-bit mantissa and a decimal scale, exact for every value of up
/// to 18 significant digits, which covers every figure a report gives (money in đồng included) at 8 bytes instead of 16.
/// </summary>
internal static class StoredDecimal
{
    private static readonly decimal[] Powers = Enumerable.Range(0, 29).Select(Power).ToArray();

    /// <summary>Throws when <paramref name="value"/> does not fit.</summary>
    public static void Check(decimal value, string name)
    {
        if (!TrySplit(value, out _, out _))
        {
            throw new ArgumentException($"{value} has more than 18 significant digits; observations keep at most 18.", name);
        }
    }

    /// <summary>Splits a value into mantissa and scale, trailing zeros of the fraction removed.</summary>
    public static bool TrySplit(decimal value, out long mantissa, out byte scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (byte)((bits[3] >> 16) & 0xFF);
        var negative = bits[3] < 0;
        if (bits[2] != 0 || bits[1] < 0)
        {
            // More than 63 bits of mantissa: drop fraction zeros first, which may bring it in range.
            var trimmed = value / 1.000000000000000000000000000000000m;
            decimal.GetBits(trimmed, bits);
            scale = (byte)((bits[3] >> 16) & 0xFF);
            if (bits[2] != 0 || bits[1] < 0)
            {
                mantissa = 0;
                return false;
            }
        }

        var magnitude = unchecked(((long)(uint)bits[1] << 32) | (uint)bits[0]);
        while (scale > 0 && magnitude % 10 == 0)
        {
            magnitude /= 10;
            scale--;
        }

        mantissa = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>The value a mantissa and scale stand for.</summary>
    public static decimal Join(long mantissa, byte scale) => scale == 0 ? mantissa : mantissa / Powers[scale];

    private static decimal Power(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10m;
        }

        return result;
    }
}
