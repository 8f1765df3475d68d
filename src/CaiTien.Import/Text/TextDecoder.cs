using System;
using System.Text;

namespace CaiTien.Import.Text;

/// <summary>Decodes a text file: UTF-8 (with or without BOM) or UTF-16 with its BOM; anything else is not text we read.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    internal static (string? Text, ImportFailure? Failure) Decode(ReadOnlySpan<byte> bytes, ImportLimits limits)
    {
        string text;
        try
        {
            if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                text = StrictUtf8.GetString(bytes.Slice(3));
            }
            else if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                text = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes.Slice(2));
            }
            else if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                text = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes.Slice(2));
            }
            else
            {
                text = StrictUtf8.GetString(bytes);
            }
        }
        catch (DecoderFallbackException)
        {
            return (null, ImportFailure.Of(ImportFailureReason.NotText,
                "Tệp không phải văn bản Unicode (UTF-8 hoặc UTF-16): hãy lưu lại dưới dạng văn bản Unicode (các bảng mã cũ như TCVN3, VNI không được đọc)",
                "The file is not Unicode text (UTF-8 or UTF-16): save it again as Unicode text (legacy encodings such as TCVN3 or VNI are not read)"));
        }
        if (text.Length > limits.MaxTextCharacters)
        {
            return (null, ImportFailure.Of(ImportFailureReason.TooLarge,
                $"Văn bản dài {text.Length} ký tự, quá giới hạn {limits.MaxTextCharacters}",
                $"The text has {text.Length} characters, above the limit of {limits.MaxTextCharacters}"));
        }
        int control = 0;
        foreach (char c in text)
        {
            if (c == '\0' || (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')))
            {
                control++;
            }
        }
        if (control > 0 && control * 100 > text.Length)
        {
            return (null, ImportFailure.Of(ImportFailureReason.NotText,
                "Tệp chứa dữ liệu nhị phân, không phải văn bản",
                "The file holds binary data, not text"));
        }
        return (text, null);
    }
}
