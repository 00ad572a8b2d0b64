// Jest project "excel-1.7": every fake made without an explicit apiVersion plays ExcelApi 1.7 (Office 2019).
process.env.FAKE_EXCEL_API = "1.7";
