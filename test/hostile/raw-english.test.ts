import { hasRawEnglish } from "./run-case";

describe("the corpus's check for raw parser text in a message", () => {
  test.each([
    ["Tệp a.xlsx: Không đọc được tệp: tệp bị hỏng (End of data reached (data length = 3). Corrupted zip ?).", true],
    ["Tệp a.xlsx: Không đọc được tệp: tệp bị hỏng (1:999: undefined entity.).", true],
    ["Tệp a.xlsx: Không đọc được tệp: tệp bị hỏng (Cannot create property 'richText' on string).", true],
    ["Tệp a.xlsx: Không đọc được tệp: tệp không phải tệp Excel .xlsx.", false],
    ["Tệp a.xlsx: Tệp được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu rồi gửi lại.", false],
    ["Tệp a.xlsx, trang “Xã”: Ô XFD1048576 nằm ngoài bảng, đã bỏ qua.", false],
    ["Tệp a.xlsx: Đây không phải tệp thông thường (ống dẫn, thiết bị…); đã bỏ qua, không đọc.", false],
    ["Tệp a.xlsx, trang “T1”: Không tìm thấy dòng tiêu đề bảng chỉ tiêu, đã bỏ qua trang này.", false],
    ["Tệp a.xlsx: tệp bị hỏng: dữ liệu không khớp mã kiểm tra (CRC) (phần xl/worksheets/sheet1.xml).", false],
    ["Tệp a.xlsx: đây là tệp bảng tính OpenDocument (.ods) đổi tên thành .xlsx.", false],
    ["Tệp a.xlsx: tệp bị hỏng (bad zip header found).", true],
  ])("%s → %s", (message, raw) => {
    expect(hasRawEnglish(message, "a.xlsx")).toBe(raw);
  });
});
