using DanVan.Domain.Validation;

namespace DanVan.Domain.Text;

/// <summary>
/// Thrown by every <c>Parse</c> method of the library when the text is not valid. It is a
/// <see cref="FormatException"/> that also carries the <see cref="ValidationIssue"/> saying why,
/// with its code and its Vietnamese message.
/// </summary>
/// <remarks>The <see cref="Exception.Message"/> is the English message; <see cref="VietnameseMessage"/> the Vietnamese one.</remarks>
public sealed class DanVanFormatException : FormatException
{
    /// <summary>Creates the exception for <paramref name="issue"/>.</summary>
    public DanVanFormatException(ValidationIssue issue)
        : base(issue?.EnglishMessage)
    {
        ArgumentNullException.ThrowIfNull(issue);
        Issue = issue;
    }

    /// <summary>Creates the exception with a message only (code DV1000: unspecified format error).</summary>
    public DanVanFormatException()
        : this("The text is not in a valid format.")
    {
    }

    /// <summary>Creates the exception with a message only (code DV1000: unspecified format error).</summary>
    public DanVanFormatException(string? message)
        : this(message, null)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception (code DV1000).</summary>
    public DanVanFormatException(string? message, Exception? innerException)
        : base(message, innerException)
    {
        Issue = TextIssues.InvalidFormat.Create(string.Empty, null, new IssueArgument("reason", message ?? string.Empty));
    }

    /// <summary>Why the text was rejected: code, messages, and the attempted value.</summary>
    public ValidationIssue Issue { get; }

    /// <summary>The Vietnamese message (thông điệp lỗi tiếng Việt).</summary>
    public string VietnameseMessage => Issue.VietnameseMessage;
}
