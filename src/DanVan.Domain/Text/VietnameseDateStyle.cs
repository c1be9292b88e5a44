using System.Diagnostics.CodeAnalysis;

namespace DanVan.Domain.Text;

/// <summary>How <see cref="VietnameseDate.Format(PartialDate, VietnameseDateStyle)"/> writes a date.</summary>
/// <remarks>Whatever the style, the text parses back with <see cref="VietnameseDate.Parse(string)"/> to the same <see cref="PartialDate"/>.</remarks>
public enum VietnameseDateStyle
{
    /// <summary>
    /// Digits with slashes, day and month always on two digits, year on four: <c>"25/02/2010"</c>,
    /// month precision <c>"06/2018"</c>, year precision <c>"2021"</c>. Fixed width, as in forms and tables.
    /// </summary>
    Numeric = 0,

    /// <summary>
    /// Words, as in the body of a report, without leading zeros: <c>"ngày 25 tháng 2 năm 2010"</c>,
    /// month precision <c>"tháng 6 năm 2018"</c>, year precision <c>"năm 2021"</c>.
    /// </summary>
    [SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "A long date, as in .NET's long date pattern; not the integer type.")]
    Long = 1,
}
