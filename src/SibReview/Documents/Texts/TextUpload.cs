using SibReview.Infrastructure;

namespace SibReview.Documents.Texts;

/// <summary>An uploaded file, read and normalised: what adding a text decides on.</summary>
public sealed record UploadedText(ExtractedText Text, string FileName, string MediaType, long Bytes, string? Note);

/// <summary>
/// Reads a text upload (multipart/form-data: the file in the field "file", an optional "note") up to
/// <see cref="MaxFileBytes"/>. Every way it can fail is a problem saying what to do; nothing is stored before it succeeds.
/// </summary>
public static class TextUpload
{
    public const long MaxFileBytes = 50L * 1024 * 1024;

    /// <summary>The largest request the upload endpoint lets Kestrel and the form reader take: the file, its multipart framing, the note.</summary>
    public const long MaxRequestBytes = MaxFileBytes + 1024 * 1024;

    public static async Task<(UploadedText? Upload, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
            return Refused("Send the file as multipart/form-data, in a field named 'file' (with an optional 'note').");
        // Refused before a byte of the body is read, when the request says its size.
        if (request.ContentLength > MaxRequestBytes) return (null, TooLarge(request.ContentLength.Value));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(null));
        }
        catch (InvalidDataException e)
        {
            return Refused($"The upload is not a well-formed form ({e.Message.TrimEnd('.')}); choose the file and send it again.");
        }
        if (form.Files.Count != 1 || form.Files[0].Name != "file")
            return Refused($"Send exactly one file, in the field 'file'; got {form.Files.Count} file(s).");
        var file = form.Files[0];
        var name = Path.GetFileName(file.FileName.Trim());
        if (file.Length > MaxFileBytes) return (null, TooLarge(file.Length));
        if (file.Length == 0) return Refused($"'{name}' is empty: choose the file with the document's text.");
        if (TextFormats.Of(name, file.ContentType) is not { } format)
            return Refused($"SibReview reads {TextFormats.Accepted}; '{name}' ({file.ContentType}) is none of these: " +
                           "save the document as PDF or as text and upload that.");
        var bytes = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(bytes, ct);
        var (text, problem) = TextExtraction.Extract(bytes, format, name);
        return problem is not null
            ? Refused(problem)
            : (new UploadedText(text!, name, TextFormats.MediaType(format), file.Length, form["note"].FirstOrDefault()), null);
    }

    private static (UploadedText?, IResult?) Refused(string detail) => (null, Problems.BadRequest(detail));

    private static IResult TooLarge(long? bytes) => Problems.Problem(StatusCodes.Status413PayloadTooLarge, "The file is too large",
        $"A document's file may have up to 50 MB ({MaxFileBytes:N0} bytes)" + (bytes is { } b ? $"; this upload has {b:N0} bytes" : "") +
        ". Upload the text alone (.txt), or split the PDF into parts and add each to its own document.");
}
