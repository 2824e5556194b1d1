<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Chọn tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Tăng</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, kể cả các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Không có tùy chọn &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Không có các tùy chọn: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Không cần giá trị sau &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng bảng</translation>
    </message>
    <message>
        <source>Float</source>
        <translation>Tách ra</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách hoặc gắn lại bảng</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Thay thế tệp này?</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; đang được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Xóa &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem danh sách</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>ioc::AcknowledgeDialog</name>
    <message>
        <source>Acknowledge alert</source>
        <translation>Xác nhận cảnh báo</translation>
    </message>
    <message>
        <source>What was seen or done, e.g. &quot;Called the hospital; extra beds opened&quot;</source>
        <translation>Đã thấy gì hoặc đã làm gì, ví dụ &quot;Đã gọi bệnh viện; mở thêm giường&quot;</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Người trực:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ioc::AlertDock</name>
    <message>
        <source>Alerts</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Alerts: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Xác nhận cảnh báo</translation>
    </message>
    <message>
        <source>The acknowledgement could not be stored: %1</source>
        <translation>Không lưu được xác nhận: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not acknowledged (Ctrl+Shift+A)</source>
        <translation>
            <numerusform>%n cảnh báo chưa xác nhận (Ctrl+Shift+A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::AlertJournal</name>
    <message>
        <source>Raised at</source>
        <translation>Thời điểm cảnh báo</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Người xác nhận</translation>
    </message>
    <message>
        <source>Acknowledged at</source>
        <translation>Thời điểm xác nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ioc::AlertPanel</name>
    <message>
        <source>All groups</source>
        <translation>Tất cả các nhóm</translation>
    </message>
    <message>
        <source>A — Economic direction and administration</source>
        <translation>A — Chỉ đạo, điều hành kinh tế</translation>
    </message>
    <message>
        <source>B — Social security, traffic, health, education</source>
        <translation>B — An sinh xã hội, giao thông, y tế, giáo dục</translation>
    </message>
    <message>
        <source>C — Key projects</source>
        <translation>C — Công trình, dự án trọng điểm</translation>
    </message>
    <message>
        <source>D — Emergencies</source>
        <translation>D — Tình huống khẩn cấp</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Cảnh báo và nghiêm trọng</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Chỉ nghiêm trọng</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Nhóm:</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Mức độ:</translation>
    </message>
    <message>
        <source>&amp;Not acknowledged only</source>
        <translation>&amp;Chỉ cảnh báo chưa xác nhận</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Xác nhận…</translation>
    </message>
    <message>
        <source>Record that you have seen the selected alert, with a note</source>
        <translation>Ghi nhận đã xem cảnh báo đang chọn, kèm ghi chú</translation>
    </message>
    <message numerus="yes">
        <source>%n shown, %1 not acknowledged</source>
        <translation>
            <numerusform>Đang hiện %n, %1 chưa xác nhận</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::AlertTableModel</name>
    <message>
        <source>%1: %2, %3: %4</source>
        <translation>%1: %2, %3: %4</translation>
    </message>
    <message>
        <source>%1 (was: %2)</source>
        <translation>%1 (trước đó: %2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Chưa</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>ioc::BriefingActions</name>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Đang đọc số liệu…</translation>
    </message>
    <message>
        <source>Checking the figures of the briefing…</source>
        <translation>Đang kiểm tra số liệu giao ban…</translation>
    </message>
    <message>
        <source>the figures could not be read</source>
        <translation>không đọc được số liệu</translation>
    </message>
    <message>
        <source>Prepare briefing</source>
        <translation>Chuẩn bị giao ban</translation>
    </message>
    <message>
        <source>The briefing could not be prepared: %1</source>
        <translation>Không chuẩn bị được giao ban: %1</translation>
    </message>
    <message>
        <source>Save briefing pack</source>
        <translation>Lưu gói giao ban</translation>
    </message>
    <message>
        <source>Briefing packs (*.iocpack)</source>
        <translation>Gói giao ban (*.iocpack)</translation>
    </message>
    <message>
        <source>Writing the briefing pack…</source>
        <translation>Đang ghi gói giao ban…</translation>
    </message>
    <message>
        <source>the pack could not be written</source>
        <translation>không ghi được gói giao ban</translation>
    </message>
    <message>
        <source>The briefing pack was not written: %1</source>
        <translation>Chưa ghi được gói giao ban: %1</translation>
    </message>
    <message>
        <source>Briefing pack saved: %1 · SHA-256 %2</source>
        <translation>Đã lưu gói giao ban: %1 · SHA-256 %2</translation>
    </message>
    <message>
        <source>Export screens as PDF</source>
        <translation>Xuất màn hình ra PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Chưa ghi được PDF: %1</translation>
    </message>
    <message numerus="yes">
        <source>PDF saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Đã lưu PDF: %1 (%n trang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Bảng tính Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>The figures were not written: %1</source>
        <translation>Chưa ghi được số liệu: %1</translation>
    </message>
    <message>
        <source>Figures saved: %1</source>
        <translation>Đã lưu số liệu: %1</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Xuất bảng ra tệp CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Tệp CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Xuất CSV</translation>
    </message>
    <message>
        <source>The table could not be saved to %1: %2</source>
        <translation>Không lưu được bảng vào %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::BriefingDialog</name>
    <message>
        <source>Prepare briefing</source>
        <translation>Chuẩn bị giao ban</translation>
    </message>
    <message>
        <source>Export screens as PDF</source>
        <translation>Xuất màn hình ra PDF</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>Xuất số liệu</translation>
    </message>
    <message>
        <source>&amp;Screens:</source>
        <translation>&amp;Màn hình:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Tất cả</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Bỏ chọn</translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation>&amp;Tháng:</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ: %1</translation>
    </message>
    <message>
        <source>Add an &amp;appendix with the figures of each screen as tables</source>
        <translation>Thêm &amp;phụ lục bảng số liệu của từng màn hình</translation>
    </message>
    <message>
        <source>Check readiness</source>
        <translation>Kiểm tra sẵn sàng</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Xuất…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Saved &amp;views to carry:</source>
        <translation>&amp;Góc nhìn đã lưu mang theo:</translation>
    </message>
</context>
<context>
    <name>ioc::Cache</name>
    <message>
        <source>the SQLite driver for Qt is not installed (package libqt6sql6-sqlite)</source>
        <translation>chưa cài trình điều khiển SQLite cho Qt (gói libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>%1 is not a file</source>
        <translation>%1 không phải là tệp</translation>
    </message>
    <message>
        <source>cannot open the data cache %1: %2</source>
        <translation>không mở được bộ nhớ đệm dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>the data cache %1 is damaged or is not a database (%2). It was left untouched; move it away or start with another --data-dir.</source>
        <translation>bộ nhớ đệm dữ liệu %1 bị hỏng hoặc không phải cơ sở dữ liệu (%2). Tệp được giữ nguyên; hãy chuyển tệp đi nơi khác hoặc chạy với --data-dir khác.</translation>
    </message>
    <message>
        <source>the data cache %1 is damaged (%2). It was left untouched.</source>
        <translation>bộ nhớ đệm dữ liệu %1 bị hỏng (%2). Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>the data cache %1 was written by a newer version of the console (schema %2, this version reads up to %3). It was left untouched; update the console.</source>
        <translation>bộ nhớ đệm dữ liệu %1 do phiên bản mới hơn của phần mềm ghi (lược đồ %2, phiên bản này đọc được đến %3). Tệp được giữ nguyên; hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a console data cache. It was left untouched.</source>
        <translation>%1 là cơ sở dữ liệu SQLite nhưng không phải bộ nhớ đệm của phần mềm. Tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>cannot prepare the data cache %1: %2</source>
        <translation>không chuẩn bị được bộ nhớ đệm dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>cannot upgrade the data cache to schema %1: %2</source>
        <translation>không nâng cấp được bộ nhớ đệm dữ liệu lên lược đồ %1: %2</translation>
    </message>
    <message>
        <source>the data cache is not open</source>
        <translation>bộ nhớ đệm dữ liệu chưa được mở</translation>
    </message>
    <message>
        <source>writing to the data cache failed: %1</source>
        <translation>ghi vào bộ nhớ đệm dữ liệu thất bại: %1</translation>
    </message>
    <message>
        <source>the indicator or entity code is empty</source>
        <translation>mã chỉ tiêu hoặc mã đối tượng để trống</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period</source>
        <translation>&apos;%1&apos; không phải là kỳ báo cáo hợp lệ</translation>
    </message>
    <message>
        <source>the value is not a finite number</source>
        <translation>giá trị không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>the plan is not a finite number</source>
        <translation>kế hoạch không phải là số hữu hạn</translation>
    </message>
    <message>
        <source>the revision must be 1 or more</source>
        <translation>số lần điều chỉnh phải từ 1 trở lên</translation>
    </message>
    <message>
        <source>the fetch time is missing</source>
        <translation>thiếu thời điểm lấy số liệu</translation>
    </message>
    <message>
        <source>the source is missing</source>
        <translation>thiếu nguồn số liệu</translation>
    </message>
    <message>
        <source>the SQLite driver gives no native handle</source>
        <translation>trình điều khiển SQLite không cho truy cập trực tiếp</translation>
    </message>
    <message>
        <source>row %1 (%2, %3, %4): %5</source>
        <translation>dòng %1 (%2, %3, %4): %5</translation>
    </message>
    <message>
        <source>the server&apos;s snapshot is not usable: %1. Nothing of it was stored.</source>
        <translation>bản chụp dữ liệu của máy chủ không dùng được: %1. Không lưu gì từ bản chụp này.</translation>
    </message>
    <message>
        <source>the cache already holds observations</source>
        <translation>bộ nhớ đệm đã có số liệu</translation>
    </message>
    <message>
        <source>it is not a SQLite database or is damaged (%1)</source>
        <translation>tệp không phải cơ sở dữ liệu SQLite hoặc bị hỏng (%1)</translation>
    </message>
    <message>
        <source>it holds an unexpected %1</source>
        <translation>tệp chứa %1 không mong đợi</translation>
    </message>
    <message>
        <source>it lacks the tables of format %1</source>
        <translation>tệp thiếu các bảng của định dạng %1</translation>
    </message>
    <message>
        <source>its table %1 differs from format %2</source>
        <translation>bảng %1 của tệp khác định dạng %2</translation>
    </message>
    <message>
        <source>its format is &apos;%1&apos;, not %2</source>
        <translation>định dạng của tệp là &apos;%1&apos;, không phải %2</translation>
    </message>
    <message>
        <source>its cursor and row count must be whole numbers</source>
        <translation>con trỏ và số dòng của tệp phải là số nguyên</translation>
    </message>
    <message>
        <source>source %1 must be of kind &apos;%2&apos; with a name of at most 500 bytes</source>
        <translation>nguồn %1 phải thuộc loại &apos;%2&apos; và có tên không quá 500 byte</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>tệp bị hỏng (%1)</translation>
    </message>
    <message>
        <source>indicator, entity and period must be text</source>
        <translation>mã chỉ tiêu, đơn vị và kỳ phải là văn bản</translation>
    </message>
    <message>
        <source>the revision must be a whole number from 1</source>
        <translation>số hiệu chỉnh phải là số nguyên từ 1 trở lên</translation>
    </message>
    <message>
        <source>its source is not among the snapshot&apos;s sources</source>
        <translation>nguồn của dòng không có trong danh sách nguồn của bản chụp</translation>
    </message>
    <message>
        <source>the source detail must be text of at most 500 bytes</source>
        <translation>chi tiết nguồn phải là văn bản không quá 500 byte</translation>
    </message>
    <message>
        <source>the fetch time is not a time since 2000</source>
        <translation>thời điểm lấy số liệu không phải thời điểm từ năm 2000</translation>
    </message>
    <message>
        <source>it is damaged or cut short (%1)</source>
        <translation>tệp bị hỏng hoặc bị cắt cụt (%1)</translation>
    </message>
    <message>
        <source>it holds %1 rows but says %2</source>
        <translation>tệp có %1 dòng nhưng ghi là %2</translation>
    </message>
    <message>
        <source>%1 rows were copied, not %2</source>
        <translation>đã chép %1 dòng, không phải %2</translation>
    </message>
    <message>
        <source>there is no alert %1 in the journal</source>
        <translation>không có cảnh báo %1 trong nhật ký</translation>
    </message>
    <message>
        <source>the alert journal in %1 cannot be read: %2</source>
        <translation>không đọc được nhật ký cảnh báo trong %1: %2</translation>
    </message>
    <message>
        <source>alert %1 is damaged (status &apos;%2&apos;)</source>
        <translation>cảnh báo %1 bị hỏng (trạng thái &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>the annual plan is not a finite number</source>
        <translation>kế hoạch năm không phải là số hữu hạn</translation>
    </message>
</context>
<context>
    <name>ioc::Camera</name>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Picture stale</source>
        <translation>Hình cũ</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Mất tín hiệu</translation>
    </message>
</context>
<context>
    <name>ioc::CameraFeed</name>
    <message>
        <source>No picture came from the camera for %1 s.</source>
        <translation>Camera không gửi hình nào trong %1 giây.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Máy chủ trả lời HTTP %1.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1: %2</source>
        <translation>Máy chủ trả lời HTTP %1: %2</translation>
    </message>
    <message>
        <source>The list of cameras is larger than 1 MiB.</source>
        <translation>Danh sách camera lớn hơn 1 MiB.</translation>
    </message>
    <message>
        <source>The picture is %1 bytes, over the limit of %2.</source>
        <translation>Hình dài %1 byte, vượt giới hạn %2.</translation>
    </message>
    <message>
        <source>The picture runs past the limit of %1 bytes.</source>
        <translation>Hình vượt quá giới hạn %1 byte.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a JPEG picture (%1).</source>
        <translation>Câu trả lời của máy chủ không phải hình JPEG (%1).</translation>
    </message>
    <message>
        <source>The camera&apos;s live stream ended.</source>
        <translation>Luồng hình trực tiếp của camera đã dừng.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a live picture stream (%1).</source>
        <translation>Câu trả lời của máy chủ không phải luồng hình trực tiếp (%1).</translation>
    </message>
</context>
<context>
    <name>ioc::CameraLiveView</name>
    <message>
        <source>Choose a camera to watch it live beside its junction&apos;s congestion.</source>
        <translation>Chọn một camera để xem trực tiếp bên cạnh tình hình ùn tắc tại nút giao.</translation>
    </message>
    <message>
        <source>● LIVE</source>
        <translation>● TRỰC TIẾP</translation>
    </message>
    <message>
        <source>Not live</source>
        <translation>Không trực tiếp</translation>
    </message>
    <message>
        <source>The live picture is not coming: %1</source>
        <translation>Không nhận được hình trực tiếp: %1</translation>
    </message>
    <message>
        <source>Congestion at the junction, last 24 hours (minutes)</source>
        <translation>Thời gian ùn tắc tại nút giao, 24 giờ qua (phút)</translation>
    </message>
    <message>
        <source>No congestion readings of this junction in the cache for the last day.</source>
        <translation>Bộ nhớ đệm chưa có số đo ùn tắc nào của nút giao này trong ngày qua.</translation>
    </message>
</context>
<context>
    <name>ioc::CameraPage</name>
    <message>
        <source>Traffic cameras</source>
        <translation>Camera giao thông</translation>
    </message>
    <message>
        <source>The latest picture of each camera at the junctions monitored for congestion (B02.04). Click a camera to watch it live.</source>
        <translation>Hình mới nhất của từng camera tại các nút giao giám sát ùn tắc (B02.04). Bấm vào một camera để xem trực tiếp.</translation>
    </message>
    <message>
        <source>These are simulated pictures, not camera pictures.</source>
        <translation>Đây là hình mô phỏng, không phải hình camera.</translation>
    </message>
    <message>
        <source>No camera server is connected: each camera shows the last picture kept, with its time.</source>
        <translation>Không kết nối máy chủ camera: mỗi camera hiển thị hình cuối cùng đã lưu, kèm thời điểm chụp.</translation>
    </message>
    <message>
        <source>no camera server is connected</source>
        <translation>không kết nối máy chủ camera</translation>
    </message>
</context>
<context>
    <name>ioc::CameraWall</name>
    <message>
        <source>congestion %1 min</source>
        <translation>ùn tắc %1 phút</translation>
    </message>
    <message>
        <source>no picture yet</source>
        <translation>chưa có hình</translation>
    </message>
    <message>
        <source>picture %1</source>
        <translation>hình %1</translation>
    </message>
    <message>
        <source>No picture from this camera yet</source>
        <translation>Chưa có hình từ camera này</translation>
    </message>
    <message>
        <source>No traffic cameras yet: their list comes from the data server.</source>
        <translation>Chưa có camera giao thông: danh sách camera lấy từ máy chủ dữ liệu.</translation>
    </message>
    <message>
        <source>The cameras could not be read from the cache: %1</source>
        <translation>Không đọc được camera từ bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <source>Simulated picture from the demo server</source>
        <translation>Hình mô phỏng của máy chủ demo</translation>
    </message>
    <message>
        <source>last picture %1</source>
        <translation>hình cuối %1</translation>
    </message>
    <message>
        <source>last picture at %1 (%2)</source>
        <translation>hình cuối lúc %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ioc::Catalog</name>
    <message>
        <source>line %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>vị trí %1</translation>
    </message>
    <message>
        <source>the built-in catalog resource is missing</source>
        <translation>thiếu bộ chỉ tiêu tích hợp trong phần mềm</translation>
    </message>
    <message>
        <source>catalog metadata is not valid JSON: %1</source>
        <translation>thông tin bộ chỉ tiêu không phải JSON hợp lệ: %1</translation>
    </message>
    <message>
        <source>the catalog has no revision</source>
        <translation>bộ chỉ tiêu không có số phiên bản</translation>
    </message>
    <message>
        <source>the header must be: %1</source>
        <translation>dòng tiêu đề phải là: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>cần %1 trường, có %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator code like A01.01</source>
        <translation>&apos;%1&apos; không phải mã chỉ tiêu dạng A01.01</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>mã chỉ tiêu bị trùng</translation>
    </message>
    <message>
        <source>group &apos;%1&apos; does not match the code</source>
        <translation>nhóm &apos;%1&apos; không khớp với mã chỉ tiêu</translation>
    </message>
    <message>
        <source>sub-group &apos;%1&apos; does not match the code</source>
        <translation>lĩnh vực &apos;%1&apos; không khớp với mã chỉ tiêu</translation>
    </message>
    <message>
        <source>both names (Vietnamese and English) are required</source>
        <translation>cần cả tên tiếng Việt và tên tiếng Anh</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>đơn vị tính &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown frequency &apos;%1&apos;</source>
        <translation>tần suất &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown source kind &apos;%1&apos;</source>
        <translation>loại nguồn &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown geographic level &apos;%1&apos;</source>
        <translation>cấp địa bàn &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>unknown direction &apos;%1&apos;</source>
        <translation>chiều đánh giá &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>has_plan must be &apos;yes&apos; or &apos;no&apos;, not &apos;%1&apos;</source>
        <translation>has_plan phải là &apos;yes&apos; hoặc &apos;no&apos;, không phải &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown aggregation &apos;%1&apos;</source>
        <translation>cách tổng hợp &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>a %1 row must name its entity set</source>
        <translation>chỉ tiêu cấp %1 phải nêu nhóm đối tượng báo cáo</translation>
    </message>
    <message>
        <source>the rule refers to unknown indicator %1</source>
        <translation>quy tắc tham chiếu chỉ tiêu không tồn tại %1</translation>
    </message>
    <message>
        <source>%1 is used but not set in the notes</source>
        <translation>%1 được dùng nhưng chưa khai báo trong ghi chú</translation>
    </message>
    <message>
        <source>the catalog has no indicators</source>
        <translation>bộ chỉ tiêu không có chỉ tiêu nào</translation>
    </message>
    <message>
        <source>the catalog is not a JSON object with an &apos;indicators&apos; list</source>
        <translation>bộ chỉ tiêu không phải đối tượng JSON có danh sách &apos;indicators&apos;</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>phải là văn bản</translation>
    </message>
    <message>
        <source>The server&apos;s catalog is not valid (%1); the built-in revision %2 is used.</source>
        <translation>Bộ chỉ tiêu của máy chủ không hợp lệ (%1); dùng phiên bản có sẵn %2.</translation>
    </message>
    <message>
        <source>The server&apos;s catalog revision %1 lacks indicators the screens show (%2); the built-in revision %3 is used.</source>
        <translation>Bộ chỉ tiêu phiên bản %1 của máy chủ thiếu chỉ tiêu mà các màn hình hiển thị (%2); dùng phiên bản có sẵn %3.</translation>
    </message>
    <message>
        <source>Indicator catalog revision %1, published by the server (built in: %2).</source>
        <translation>Bộ chỉ tiêu phiên bản %1 do máy chủ công bố (phiên bản có sẵn: %2).</translation>
    </message>
    <message>
        <source>the rules compare with the plan but has_plan is &apos;no&apos;</source>
        <translation>quy tắc so với kế hoạch nhưng has_plan là &apos;no&apos;</translation>
    </message>
    <message>
        <source>the rules judge only other indicators, not this one&apos;s figure</source>
        <translation>quy tắc chỉ xét chỉ tiêu khác, không xét số liệu của chỉ tiêu này</translation>
    </message>
    <message>
        <source>has_plan is &apos;yes&apos; but the rules judge a change, not the plan: say whether the plan is the same period last year (direction &apos;down&apos;, rule on chg_yoy_pct) or compare with &apos;plan&apos;</source>
        <translation>has_plan là &apos;yes&apos; nhưng quy tắc xét mức thay đổi, không xét kế hoạch: cần nói rõ kế hoạch là cùng kỳ năm trước (direction &apos;down&apos;, quy tắc trên chg_yoy_pct) hay so với &apos;plan&apos;</translation>
    </message>
    <message>
        <source>direction &apos;target&apos; with a one-sided rule on a constant: say whether higher or lower is better</source>
        <translation>direction &apos;target&apos; với quy tắc một phía trên hằng số: cần nói rõ cao hơn hay thấp hơn là tốt</translation>
    </message>
    <message>
        <source>direction &apos;%1&apos; but the rule &apos;%2&apos; warns on the other side of its target</source>
        <translation>direction &apos;%1&apos; nhưng quy tắc &apos;%2&apos; cảnh báo ở phía ngược lại của mục tiêu</translation>
    </message>
    <message>
        <source>the reason a rule does not apply needs both languages</source>
        <translation>lý do quy tắc không áp dụng cần có cả hai ngôn ngữ</translation>
    </message>
    <message>
        <source>the kind of status is ambiguous: %1</source>
        <translation>không xác định được loại trạng thái: %1</translation>
    </message>
</context>
<context>
    <name>ioc::CommuneDetail</name>
    <message>
        <source>← Back</source>
        <translation>← Quay lại</translation>
    </message>
    <message>
        <source>Back (Esc, Alt+Left)</source>
        <translation>Quay lại (Esc, Alt+Trái)</translation>
    </message>
    <message>
        <source>Code %1 · area %2 km²</source>
        <translation>Mã %1 · diện tích %2 km²</translation>
    </message>
    <message>
        <source>Loading the figures of this unit…</source>
        <translation>Đang tải số liệu của đơn vị…</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 indicators reported by commune have a figure here; %4 in warning or worse.</source>
        <translation>%1 · %2/%3 chỉ tiêu theo xã, phường có số liệu tại đây; %4 chỉ tiêu từ cảnh báo trở lên.</translation>
    </message>
    <message>
        <source>The figures of this unit could not be read: %1</source>
        <translation>Không đọc được số liệu của đơn vị này: %1</translation>
    </message>
</context>
<context>
    <name>ioc::CommuneTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>12 tháng gần nhất</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 tháng</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>ioc::CompositionBar</name>
    <message>
        <source>No data for this period</source>
        <translation>Chưa có số liệu kỳ này</translation>
    </message>
    <message>
        <source>The parts (%1) add up to more than the whole (%2): check the figures.</source>
        <translation>Tổng các phần (%1) lớn hơn tổng thể (%2): cần kiểm tra lại số liệu.</translation>
    </message>
</context>
<context>
    <name>ioc::Csv</name>
    <message>
        <source>a quote inside an unquoted field</source>
        <translation>có dấu nháy kép trong trường không được đặt trong nháy</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>có ký tự sau dấu nháy đóng</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>trường trong dấu nháy không được đóng</translation>
    </message>
</context>
<context>
    <name>ioc::DashboardPanel</name>
    <message>
        <source>%1, by commune and ward</source>
        <translation>%1 theo xã, phường</translation>
    </message>
    <message>
        <source>%1, by unit</source>
        <translation>%1 theo đơn vị</translation>
    </message>
    <message>
        <source>%1, by project</source>
        <translation>%1 theo dự án</translation>
    </message>
    <message>
        <source>%1, by station</source>
        <translation>%1 theo trạm</translation>
    </message>
    <message>
        <source>%1: what it is made of</source>
        <translation>Cơ cấu %1</translation>
    </message>
    <message>
        <source>Latest readings against alarm levels</source>
        <translation>Số đo mới nhất so với mức báo động</translation>
    </message>
    <message>
        <source>Traffic cameras at the monitored junctions</source>
        <translation>Camera giao thông tại các nút giao được giám sát</translation>
    </message>
</context>
<context>
    <name>ioc::DataSourceDialog</name>
    <message>
        <source>Demo data built into the console</source>
        <translation>Dữ liệu mẫu tích hợp trong phần mềm</translation>
    </message>
    <message>
        <source>An IOC Data API server</source>
        <translation>Máy chủ dữ liệu IOC</translation>
    </message>
    <message>
        <source>Work offline: show the cached figures, do not sync</source>
        <translation>Làm việc ngoại tuyến: hiển thị số liệu đã lưu, không đồng bộ</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Mã truy cập</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address.</source>
        <translation>Nhập địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The address must start with https:// (or http:// on this computer).</source>
        <translation>Địa chỉ phải bắt đầu bằng https:// (hoặc http:// trên chính máy này).</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Bỏ tin cậy</translation>
    </message>
    <message>
        <source>Allow plain HTTP for this server (unencrypted: the figures can be read and changed on the way, and the access token is not sent)</source>
        <translation>Cho phép HTTP không mã hóa với máy chủ này (số liệu có thể bị đọc và sửa trên đường truyền; mã truy cập không được gửi)</translation>
    </message>
    <message>
        <source>Trust a certificate authority…</source>
        <translation>Tin cậy một tổ chức cấp chứng thư…</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>Trust a certificate authority</source>
        <translation>Tin cậy tổ chức cấp chứng thư</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>Chứng thư số (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>Trust certificates issued by this authority, for every server?

%1

Compare the SHA-256 fingerprint with the one the city&apos;s IT department gave you before you trust it.</source>
        <translation>Tin cậy các chứng thư do tổ chức này cấp, cho mọi máy chủ?

%1

Hãy so dấu vân tay SHA-256 với dấu vân tay do bộ phận CNTT của thành phố cung cấp trước khi tin cậy.</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Only the system&apos;s</source>
        <translation>Chỉ các tổ chức của hệ thống</translation>
    </message>
    <message>
        <source>Warning: plain HTTP to %1. Anyone on the network can read and change the figures on the way; the access token is not sent.</source>
        <translation>Cảnh báo: HTTP không mã hóa tới %1. Bất kỳ ai trên mạng cũng có thể đọc và sửa số liệu trên đường truyền; mã truy cập không được gửi.</translation>
    </message>
</context>
<context>
    <name>ioc::DemoSeeder</name>
    <message>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
</context>
<context>
    <name>ioc::EntityRegistry</name>
    <message>
        <source>the built-in area list is missing</source>
        <translation>thiếu danh sách đơn vị hành chính tích hợp</translation>
    </message>
    <message>
        <source>area list, line %1: %2</source>
        <translation>danh sách đơn vị hành chính, dòng %1: %2</translation>
    </message>
    <message>
        <source>area list: the header lacks code, name, full_name, kind or area_km2_source</source>
        <translation>danh sách đơn vị hành chính: tiêu đề thiếu code, name, full_name, kind hoặc area_km2_source</translation>
    </message>
    <message>
        <source>area list, line %1: expected %2 fields</source>
        <translation>danh sách đơn vị hành chính, dòng %1: cần %2 trường</translation>
    </message>
    <message>
        <source>area list, line %1: unknown kind &apos;%2&apos;</source>
        <translation>danh sách đơn vị hành chính, dòng %1: loại đơn vị &apos;%2&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>area list: code %1 appears twice</source>
        <translation>danh sách đơn vị hành chính: mã %1 bị trùng</translation>
    </message>
    <message>
        <source>entity list: %1</source>
        <translation>danh sách đối tượng: %1</translation>
    </message>
    <message>
        <source>entity list: missing or repeated code &apos;%1&apos;</source>
        <translation>danh sách đối tượng: mã &apos;%1&apos; bị thiếu hoặc trùng</translation>
    </message>
</context>
<context>
    <name>ioc::FigureExport</name>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Indicator code</source>
        <translation>Mã chỉ tiêu</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Entity code</source>
        <translation>Mã đơn vị</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% so với kế hoạch</translation>
    </message>
    <message>
        <source>Change vs previous period</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <source>Change vs same period last year</source>
        <translation>So với cùng kỳ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Source detail</source>
        <translation>Chi tiết nguồn</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Lần cập nhật</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Figures as of</source>
        <translation>Số liệu đến ngày</translation>
    </message>
    <message>
        <source>Briefing pack SHA-256</source>
        <translation>SHA-256 của gói giao ban</translation>
    </message>
    <message>
        <source>not from a briefing pack</source>
        <translation>không lấy từ gói giao ban</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Thời điểm xuất</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>ioc::FigureTableModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>So với kỳ trước</translation>
    </message>
    <message>
        <source>vs same period last year</source>
        <translation>So với cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Số liệu đến ngày</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
</context>
<context>
    <name>ioc::Formatter</name>
    <message>
        <source>bn VND</source>
        <translation>tỷ đồng</translation>
    </message>
    <message>
        <source>million USD</source>
        <translation>triệu USD</translation>
    </message>
    <message>
        <source>people</source>
        <translation>người</translation>
    </message>
    <message>
        <source>tonnes</source>
        <translation>tấn</translation>
    </message>
    <message>
        <source>thousand tonnes</source>
        <translation>nghìn tấn</translation>
    </message>
    <message>
        <source>VND/litre</source>
        <translation>đồng/lít</translation>
    </message>
    <message>
        <source>min</source>
        <translation>phút</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a large amount scaled to millions, e.g. &quot;128,96 triệu&quot;</extracomment>
        <translation>%1 triệu</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>change in percentage points</extracomment>
        <translation>%1 điểm %</translation>
    </message>
    <message>
        <source>week of %1</source>
        <translation>tuần từ %1</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Quarter %1/%2</source>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Không có dữ liệu</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Nghiêm trọng</translation>
    </message>
    <message>
        <source>No plan</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Để theo dõi</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Chưa cập nhật</translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n day(s)</source>
        <translation>
            <numerusform>Chưa cập nhật %n ngày</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n hour(s)</source>
        <translation>
            <numerusform>Chưa cập nhật %n giờ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale, %n minute(s)</source>
        <translation>
            <numerusform>Chưa cập nhật %n phút</numerusform>
        </translation>
    </message>
    <message>
        <source>real-time</source>
        <translation>thời gian thực</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% kế hoạch</translation>
    </message>
    <message>
        <source>change vs previous period</source>
        <translation>mức thay đổi so với kỳ trước</translation>
    </message>
    <message>
        <source>% change vs previous period</source>
        <translation>% thay đổi so với kỳ trước</translation>
    </message>
    <message>
        <source>% change vs same period last year</source>
        <translation>% thay đổi so với cùng kỳ</translation>
    </message>
    <message>
        <source>city average</source>
        <translation>bình quân thành phố</translation>
    </message>
    <message>
        <source>alarm level %1</source>
        <translation>BĐ%1</translation>
    </message>
    <message>
        <source>Beaufort force %1</source>
        <translation>gió cấp %1</translation>
    </message>
    <message>
        <source>lower bound of the target band</source>
        <translation>cận dưới của khoảng mục tiêu</translation>
    </message>
    <message>
        <source>upper bound of the target band</source>
        <translation>cận trên của khoảng mục tiêu</translation>
    </message>
    <message>
        <source> and </source>
        <translation> và </translation>
    </message>
    <message>
        <source> or </source>
        <translation> hoặc </translation>
    </message>
    <message>
        <source>up %1 on the previous period</source>
        <translation>tăng %1 so với kỳ trước</translation>
    </message>
    <message>
        <source>down %1 on the previous period</source>
        <translation>giảm %1 so với kỳ trước</translation>
    </message>
    <message>
        <source>unchanged on the previous period</source>
        <translation>không đổi so với kỳ trước</translation>
    </message>
    <message>
        <source>no figure for the same period last year</source>
        <translation>chưa có số liệu cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>no figure for the previous period</source>
        <translation>chưa có số liệu kỳ trước</translation>
    </message>
    <message>
        <source>no plan stored</source>
        <translation>chưa có kế hoạch</translation>
    </message>
    <message>
        <source>no city average</source>
        <translation>chưa có bình quân thành phố</translation>
    </message>
    <message>
        <source>%1% below plan</source>
        <translation>thấp hơn kế hoạch %1%</translation>
    </message>
    <message>
        <source>%1% over plan</source>
        <translation>vượt kế hoạch %1%</translation>
    </message>
    <message>
        <source>at plan</source>
        <translation>bằng kế hoạch</translation>
    </message>
    <message>
        <source>%1% of plan</source>
        <translation>đạt %1% kế hoạch</translation>
    </message>
    <message>
        <source>%1 pp below plan (%2)</source>
        <translation>thấp hơn kế hoạch %1 điểm % (kế hoạch %2)</translation>
    </message>
    <message>
        <source>%1 pp above plan (%2)</source>
        <translation>vượt kế hoạch %1 điểm % (kế hoạch %2)</translation>
    </message>
    <message>
        <source>at plan (%1)</source>
        <translation>bằng kế hoạch (%1)</translation>
    </message>
    <message>
        <source>%1 pp below the city average (%2)</source>
        <translation>thấp hơn bình quân thành phố %1 điểm % (%2)</translation>
    </message>
    <message>
        <source>%1 pp above the city average (%2)</source>
        <translation>cao hơn bình quân thành phố %1 điểm % (%2)</translation>
    </message>
    <message>
        <source>at the city average (%1)</source>
        <translation>bằng bình quân thành phố (%1)</translation>
    </message>
    <message>
        <source>down %1 on the same period last year</source>
        <translation>giảm %1 so với cùng kỳ</translation>
    </message>
    <message>
        <source>up %1 on the same period last year</source>
        <translation>tăng %1 so với cùng kỳ</translation>
    </message>
    <message>
        <source>level with the same period last year</source>
        <translation>bằng cùng kỳ</translation>
    </message>
    <message>
        <source>%1% of the city average (%2)</source>
        <translation>bằng %1% bình quân thành phố (%2)</translation>
    </message>
    <message>
        <source>at %1 (≥ %2)</source>
        <translation>ở mức %1 (≥ %2)</translation>
    </message>
    <message>
        <source>below %1 (%2)</source>
        <translation>dưới %1 (%2)</translation>
    </message>
    <message>
        <source>Beaufort force %1 (force %2 or more)</source>
        <translation>gió cấp %1 (từ cấp %2)</translation>
    </message>
    <message>
        <source>Beaufort force %1 (below force %2)</source>
        <translation>gió cấp %1 (dưới cấp %2)</translation>
    </message>
    <message>
        <source>very heavy rain</source>
        <translation>mưa rất to</translation>
    </message>
    <message>
        <source>heavy rain</source>
        <translation>mưa to</translation>
    </message>
    <message>
        <source>%1 mm in 24 hours</source>
        <translation>%1 mm/24 giờ</translation>
    </message>
    <message>
        <source>%1 (≥ %2)</source>
        <translation>%1 (≥ %2)</translation>
    </message>
    <message>
        <source>below the very-heavy-rain level (%1)</source>
        <translation>dưới ngưỡng mưa rất to (%1)</translation>
    </message>
    <message>
        <source>below the heavy-rain level (%1)</source>
        <translation>dưới ngưỡng mưa to (%1)</translation>
    </message>
    <message>
        <source>danger level</source>
        <translation>ngưỡng nguy hiểm</translation>
    </message>
    <message>
        <source>warning level</source>
        <translation>ngưỡng cảnh báo</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>below the %1 (%2)</source>
        <translation>dưới %1 (%2)</translation>
    </message>
    <message>
        <source>above the %1 (%2)</source>
        <translation>trên %1 (%2)</translation>
    </message>
    <message>
        <source>target %1–%2</source>
        <translation>mục tiêu %1–%2</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>mục tiêu %1</translation>
    </message>
    <message>
        <source>target %1 %2</source>
        <translation>mục tiêu %1 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Imported report</source>
        <translation>Báo cáo nhập</translation>
    </message>
    <message>
        <source>IOC data server</source>
        <translation>Máy chủ dữ liệu IOC</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Bình thường</translation>
    </message>
    <message>
        <source>Danger</source>
        <translation>Nguy hiểm</translation>
    </message>
    <message>
        <source>alarm level %1</source>
        <comment>short</comment>
        <extracomment>the flood alarm level&apos;s short name: BĐ1, BĐ2, BĐ3</extracomment>
        <translation>BĐ%1</translation>
    </message>
    <message>
        <source>up from none in the same period last year</source>
        <translation>tăng từ 0 so với cùng kỳ</translation>
    </message>
    <message>
        <source>up from none in the previous period</source>
        <translation>tăng từ 0 so với kỳ trước</translation>
    </message>
    <message>
        <source>down from none in the same period last year</source>
        <translation>giảm từ 0 so với cùng kỳ</translation>
    </message>
    <message>
        <source>down from none in the previous period</source>
        <translation>giảm từ 0 so với kỳ trước</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Chưa so sánh được</translation>
    </message>
    <message>
        <source>Actual: %1</source>
        <translation>Thực hiện: %1</translation>
    </message>
    <message>
        <source>plan %1</source>
        <translation>kế hoạch %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <source>As of: %1</source>
        <translation>Số liệu đến: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Not reported for this place</source>
        <translation>Không có số liệu cho địa bàn này</translation>
    </message>
    <message>
        <source>No reading kept for this day</source>
        <translation>Không còn lưu số đo của ngày này</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>vừa xong</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) ago</source>
        <translation>
            <numerusform>%n giây trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n phút trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n giờ trước</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n ngày trước</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::GeoReader</name>
    <message>
        <source>a position is not [longitude, latitude]</source>
        <translation>có một vị trí không phải [kinh độ, vĩ độ]</translation>
    </message>
    <message>
        <source>the position [%1, %2] is not on the Earth</source>
        <translation>vị trí [%1, %2] không nằm trên Trái Đất</translation>
    </message>
    <message>
        <source>a ring has %1 positions; a closed ring needs at least 4</source>
        <translation>một vòng ranh giới chỉ có %1 điểm; vòng khép kín cần ít nhất 4 điểm</translation>
    </message>
    <message>
        <source>a ring is not closed (its last position is not its first)</source>
        <translation>một vòng ranh giới không khép kín (điểm cuối khác điểm đầu)</translation>
    </message>
    <message>
        <source>Cannot open the boundary file %1: %2</source>
        <translation>Không mở được tệp ranh giới %1: %2</translation>
    </message>
    <message>
        <source>The boundary file %1 is %2 MB; at most %3 MB is read.</source>
        <translation>Tệp ranh giới %1 nặng %2 MB; chỉ đọc tệp tối đa %3 MB.</translation>
    </message>
    <message>
        <source>The boundary file is empty.</source>
        <translation>Tệp ranh giới trống.</translation>
    </message>
    <message>
        <source>The boundary file is %1 MB; at most %2 MB is read.</source>
        <translation>Tệp ranh giới nặng %1 MB; chỉ đọc tệp tối đa %2 MB.</translation>
    </message>
    <message>
        <source>The boundary file is not JSON: %1 at byte %2.</source>
        <translation>Tệp ranh giới không phải JSON: %1 tại byte %2.</translation>
    </message>
    <message>
        <source>The boundary file is not a GeoJSON FeatureCollection.</source>
        <translation>Tệp ranh giới không phải GeoJSON FeatureCollection.</translation>
    </message>
    <message>
        <source>Feature %1</source>
        <translation>Đối tượng %1</translation>
    </message>
    <message>
        <source>Feature %1 (%2)</source>
        <translation>Đối tượng %1 (%2)</translation>
    </message>
    <message>
        <source>%1 left out: %2.</source>
        <translation>%1 bị bỏ qua: %2.</translation>
    </message>
    <message>
        <source>it has no code</source>
        <translation>không có mã</translation>
    </message>
    <message>
        <source>no commune-level unit has this code</source>
        <translation>không có đơn vị cấp xã nào mang mã này</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>mã xuất hiện hai lần</translation>
    </message>
    <message>
        <source>its kind is not ward, commune or special_zone</source>
        <translation>loại đơn vị không phải ward, commune hay special_zone</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>không có hình học</translation>
    </message>
    <message>
        <source>its geometry is a %1, not a polygon</source>
        <translation>hình học là %1, không phải đa giác</translation>
    </message>
    <message>
        <source>a polygon has no rings</source>
        <translation>một đa giác không có vòng ranh giới</translation>
    </message>
    <message>
        <source>a ring encloses no area</source>
        <translation>một vòng ranh giới có diện tích bằng 0</translation>
    </message>
    <message>
        <source>it has no polygons</source>
        <translation>không có đa giác nào</translation>
    </message>
    <message>
        <source>The boundary file has no features.</source>
        <translation>Tệp ranh giới không có đối tượng nào.</translation>
    </message>
    <message>
        <source>No feature of the boundary file could be used: %1</source>
        <translation>Không dùng được đối tượng nào của tệp ranh giới: %1</translation>
    </message>
    <message>
        <source>No boundary for %1 unit(s): %2.</source>
        <translation>Thiếu ranh giới của %1 đơn vị: %2.</translation>
    </message>
</context>
<context>
    <name>ioc::ImportDialog</name>
    <message>
        <source>Copy the problems</source>
        <translation>Sao chép danh sách lỗi</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n figure(s) imported</source>
        <translation>
            <numerusform>%1: đã nhập %n số liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 already up to date</source>
        <translation>%1 mới, %2 thay đổi, %3 đã có sẵn</translation>
    </message>
    <message>
        <source>sheets: %1</source>
        <translation>trang tính: %1</translation>
    </message>
    <message>
        <source>%1: nothing was imported; the data cache could not be written.</source>
        <translation>%1: không nhập gì; không ghi được bộ nhớ đệm dữ liệu.</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing was imported; %n problem(s) to correct in the file, then import it again.</source>
        <translation>
            <numerusform>%1: không nhập gì; cần sửa %n lỗi trong tệp rồi nhập lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 problems are listed.</source>
        <translation>Chỉ liệt kê %1 lỗi đầu tiên.</translation>
    </message>
    <message>
        <source>hidden sheets, not imported: %1</source>
        <translation>trang tính bị ẩn, không nhập: %1</translation>
    </message>
</context>
<context>
    <name>ioc::IndicatorDetail</name>
    <message>
        <source>Copy table</source>
        <translation>Sao chép bảng</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Xuất CSV…</translation>
    </message>
    <message>
        <source>← Back to the screen</source>
        <translation>← Quay lại màn hình</translation>
    </message>
    <message>
        <source>Back (Esc, Alt+Left)</source>
        <translation>Quay lại (Esc, Alt+←)</translation>
    </message>
    <message>
        <source>By unit</source>
        <translation>Theo đơn vị</translation>
    </message>
    <message>
        <source>By period</source>
        <translation>Theo kỳ</translation>
    </message>
    <message>
        <source>Loading figures…</source>
        <translation>Đang tải số liệu…</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Chưa có số liệu.</translation>
    </message>
    <message>
        <source>unit: %1</source>
        <translation>đơn vị tính: %1</translation>
    </message>
    <message>
        <source>Rules (rules.md)</source>
        <translation>Quy tắc đánh giá</translation>
    </message>
    <message>
        <source>Informational: no status rule; the figure is shown for reference.</source>
        <translation>Chỉ tiêu theo dõi: không có quy tắc đánh giá; số liệu để tham khảo.</translation>
    </message>
    <message>
        <source>Critical when: %1</source>
        <translation>Nguy cấp khi: %1</translation>
    </message>
    <message>
        <source>Warning when: %1</source>
        <translation>Cảnh báo khi: %1</translation>
    </message>
    <message>
        <source>Status now:</source>
        <translation>Trạng thái hiện tại:</translation>
    </message>
    <message>
        <source>A reference the rule needs (plan or target) is missing.</source>
        <translation>Thiếu số liệu tham chiếu mà quy tắc cần (kế hoạch hoặc mục tiêu).</translation>
    </message>
    <message>
        <source>Where the figure comes from</source>
        <translation>Nguồn gốc số liệu</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>Detail: %1</source>
        <translation>Chi tiết: %1</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ: %1</translation>
    </message>
    <message>
        <source>Fetched at: %1</source>
        <translation>Cập nhật lúc: %1</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Lần hiệu chỉnh: %1</translation>
    </message>
    <message>
        <source>Earlier revisions of this period:</source>
        <translation>Các lần hiệu chỉnh trước của kỳ này:</translation>
    </message>
    <message>
        <source>revision %1: %2 (%3, fetched %4)</source>
        <translation>lần %1: %2 (%3, cập nhật %4)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% kế hoạch</translation>
    </message>
    <message>
        <source>Units at warning or worse: %1</source>
        <translation>Số đơn vị ở mức cảnh báo trở lên: %1</translation>
    </message>
    <message>
        <source>Otherwise: %1.</source>
        <translation>Ngược lại: %1.</translation>
    </message>
</context>
<context>
    <name>ioc::IndicatorSearch</name>
    <message>
        <source>Find an indicator, a screen or a place</source>
        <translation>Tìm chỉ tiêu, màn hình hoặc địa bàn</translation>
    </message>
    <message>
        <source>Code or name, with or without diacritics (e.g. A09.01, giai ngan, hong bang)</source>
        <translation>Mã hoặc tên, có dấu hay không dấu (ví dụ A09.01, giai ngan, hong bang)</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Enter opens the indicator or the screen chosen, or shows every screen for the place chosen; Esc closes.</source>
        <translation>Enter mở chỉ tiêu hoặc màn hình đã chọn, hoặc xem mọi màn hình cho địa bàn đã chọn; Esc để đóng.</translation>
    </message>
    <message>
        <source>Show every screen for a place</source>
        <translation>Xem mọi màn hình cho một địa bàn</translation>
    </message>
    <message>
        <source>A commune, ward, investor, project or station (e.g. hong bang)</source>
        <translation>Xã, phường, chủ đầu tư, dự án hoặc trạm (ví dụ: hong bang)</translation>
    </message>
    <message>
        <source>%1 (investor or unit)</source>
        <translation>%1 (chủ đầu tư, đơn vị)</translation>
    </message>
    <message>
        <source>%1 (project)</source>
        <translation>%1 (dự án)</translation>
    </message>
    <message>
        <source>%1 (station)</source>
        <translation>%1 (trạm)</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Góc nhìn đã lưu</translation>
    </message>
</context>
<context>
    <name>ioc::Inflater</name>
    <message>
        <source>it is larger than %1 MiB once inflated</source>
        <translation>giải nén ra lớn hơn %1 MiB</translation>
    </message>
    <message>
        <source>it came in a coding this console cannot read (%1)</source>
        <translation>được nén theo cách phần mềm này không đọc được (%1)</translation>
    </message>
    <message>
        <source>its compressed data is damaged (%1)</source>
        <translation>dữ liệu nén bị hỏng (%1)</translation>
    </message>
    <message>
        <source>its compressed data cannot be read</source>
        <translation>không đọc được dữ liệu nén</translation>
    </message>
    <message>
        <source>its compressed data is damaged</source>
        <translation>dữ liệu nén bị hỏng</translation>
    </message>
    <message>
        <source>its compressed data ends too soon</source>
        <translation>dữ liệu nén bị cắt cụt</translation>
    </message>
</context>
<context>
    <name>ioc::KpiTile</name>
    <message>
        <source>Demo data, not official figures</source>
        <translation>Dữ liệu mẫu, không phải số liệu chính thức</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>Tần suất báo cáo: %1</translation>
    </message>
    <message>
        <source>Warning when: %1</source>
        <translation>Cảnh báo khi: %1</translation>
    </message>
    <message>
        <source>Critical when: %1</source>
        <translation>Nghiêm trọng khi: %1</translation>
    </message>
    <message>
        <source>A reference of the rule is missing (no plan).</source>
        <translation>Thiếu giá trị tham chiếu của quy tắc (chưa có kế hoạch).</translation>
    </message>
    <message numerus="yes">
        <source>%n in warning or worse</source>
        <translation>
            <numerusform>%n nơi cảnh báo trở lên</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 vs previous</source>
        <translation>%1 so với kỳ trước</translation>
    </message>
    <message>
        <source>%1 vs last year</source>
        <translation>%1 so với cùng kỳ</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Latest figure: %1</source>
        <translation>Số liệu gần nhất: %1</translation>
    </message>
    <message>
        <source>City: %1</source>
        <translation>Toàn thành phố: %1</translation>
    </message>
    <message>
        <source>Reported for the whole city only</source>
        <translation>Chỉ có số liệu toàn thành phố</translation>
    </message>
    <message>
        <source>Reported by another kind of place</source>
        <translation>Báo cáo theo loại địa bàn khác</translation>
    </message>
    <message>
        <source>rank %1/%2</source>
        <translation>hạng %1/%2</translation>
    </message>
    <message>
        <source>%1 of plan</source>
        <translation>đạt %1 kế hoạch</translation>
    </message>
    <message>
        <source>no plan to compare with</source>
        <translation>chưa có kế hoạch để so sánh</translation>
    </message>
</context>
<context>
    <name>ioc::LiveStream</name>
    <message>
        <source>No event came from the server for %1 s.</source>
        <translation>Máy chủ không gửi sự kiện nào trong %1 giây.</translation>
    </message>
    <message>
        <source>The server answered the live stream with HTTP %1.</source>
        <translation>Máy chủ trả lời luồng trực tiếp bằng mã HTTP %1.</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Máy chủ cho biết: %1</translation>
    </message>
    <message>
        <source>The server ended the live stream.</source>
        <translation>Máy chủ đã đóng luồng trực tiếp.</translation>
    </message>
    <message>
        <source>The live stream broke off (%1).</source>
        <translation>Luồng trực tiếp bị ngắt (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not an event stream (%1).</source>
        <translation>Câu trả lời của máy chủ không phải luồng sự kiện (%1).</translation>
    </message>
    <message>
        <source>An event from the server is larger than %1 MiB; it was dropped.</source>
        <translation>Một sự kiện từ máy chủ lớn hơn %1 MiB; sự kiện đó bị bỏ qua.</translation>
    </message>
    <message>
        <source>The server has more new readings than the stream carries: a sync brings them first.</source>
        <translation>Máy chủ có nhiều số đo mới hơn mức luồng trực tiếp mang được: đồng bộ để lấy các số đo này trước.</translation>
    </message>
    <message>
        <source>an event of unknown type &apos;%1&apos;</source>
        <translation>sự kiện loại không xác định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>readings before the server&apos;s hello</source>
        <translation>số đo đến trước lời chào của máy chủ</translation>
    </message>
    <message>
        <source>readings out of order (cursor %1; the console stands at %2)</source>
        <translation>số đo sai thứ tự (con trỏ %1; phần mềm đang ở %2)</translation>
    </message>
</context>
<context>
    <name>ioc::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Giao diện</translation>
    </message>
    <message>
        <source>Light (workstation, print)</source>
        <translation>Sáng (máy trạm, in ấn)</translation>
    </message>
    <message>
        <source>Dark, high contrast (wall screen)</source>
        <translation>Tối, tương phản cao (màn hình lớn)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hải Phòng IOC Console&lt;/b&gt; %1&lt;br&gt;Indicator catalog revision %2 (%3 indicators).</source>
        <translation>&lt;b&gt;Phần mềm điều hành IOC Hải Phòng&lt;/b&gt; %1&lt;br&gt;Bộ chỉ tiêu phiên bản %2 (%3 chỉ tiêu).</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console — DEMO DATA</source>
        <translation>Trung tâm Giám sát, điều hành thông minh (IOC) Hải Phòng — DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console</source>
        <translation>Trung tâm Giám sát, điều hành thông minh (IOC) Hải Phòng</translation>
    </message>
    <message>
        <source>&amp;Data source…</source>
        <translation>&amp;Nguồn dữ liệu…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>Đồng &amp;bộ ngay</translation>
    </message>
    <message>
        <source>&amp;Import report…</source>
        <translation>&amp;Nhập báo cáo…</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <source>Report files (*.xlsx *.csv)</source>
        <translation>Tệp báo cáo (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Monthly reports of the departments (.xlsx or .csv); you can also drop the files on the window</source>
        <translation>Báo cáo tháng của các sở, ngành (.xlsx hoặc .csv); cũng có thể kéo thả tệp vào cửa sổ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Xuất bảng ra CSV…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>&amp;Previous period</source>
        <translation>Kỳ t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Next period</source>
        <translation>Kỳ &amp;sau</translation>
    </message>
    <message>
        <source>Administrative &amp;map</source>
        <translation>&amp;Bản đồ hành chính</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Trình chiếu</translation>
    </message>
    <message>
        <source>Presentation p&amp;laylist…</source>
        <translation>&amp;Danh sách trình chiếu…</translation>
    </message>
    <message>
        <source>&amp;Open briefing pack…</source>
        <translation>&amp;Mở gói giao ban…</translation>
    </message>
    <message>
        <source>Open briefing pack</source>
        <translation>Mở gói giao ban</translation>
    </message>
    <message>
        <source>Briefing packs (*.iocpack)</source>
        <translation>Gói giao ban (*.iocpack)</translation>
    </message>
    <message>
        <source>&amp;Prepare briefing…</source>
        <translation>&amp;Chuẩn bị giao ban…</translation>
    </message>
    <message>
        <source>Freeze screens and months into one file that opens on any machine without a network</source>
        <translation>Đóng băng các màn hình và tháng vào một tệp, mở được trên mọi máy không cần mạng</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Xuất</translation>
    </message>
    <message>
        <source>Screens as &amp;PDF…</source>
        <translation>Màn hình ra &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Figures to Excel or CSV…</source>
        <translation>&amp;Số liệu ra Excel hoặc CSV…</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Cảnh báo</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console — briefing pack %1 (read-only)</source>
        <translation>Hải Phòng IOC Console — gói giao ban %1 (chỉ đọc)</translation>
    </message>
    <message>
        <source>This briefing pack holds no figures for that period.</source>
        <translation>Gói giao ban này không có số liệu của kỳ đó.</translation>
    </message>
    <message>
        <source>%1

This console cannot tell who wrote the pack %2: its figures are intact, but they may not be the operator&apos;s. Every screen, wall frame and page will say &quot;Not verified&quot;. Open it anyway?</source>
        <translation>%1

Phần mềm không xác định được ai đã lập gói %2: số liệu trong gói còn nguyên vẹn, nhưng có thể không phải của cán bộ điều hành. Mọi màn hình, khung trình chiếu và trang in sẽ ghi &quot;Chưa xác thực&quot;. Vẫn mở?</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>Vẫn mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Nguồn dữ liệu</translation>
    </message>
    <message>
        <source>The access token could not be kept for the next start: %1</source>
        <translation>Không lưu được mã truy cập cho lần khởi động sau: %1</translation>
    </message>
    <message>
        <source>Publishers&apos; &amp;keys…</source>
        <translation>&amp;Khóa của đơn vị phát hành…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <source>The place shown last time (%1) is no longer among the places: the whole city is shown.</source>
        <translation>Địa bàn xem lần trước (%1) không còn trong danh sách địa bàn: đang hiển thị toàn thành phố.</translation>
    </message>
    <message>
        <source>%1 is not a place the screens can show.</source>
        <translation>%1 không phải là địa bàn mà các màn hình có thể hiển thị.</translation>
    </message>
    <message>
        <source>Whole city</source>
        <translation>Toàn thành phố</translation>
    </message>
    <message>
        <source>Show every screen for one place, or for the whole city</source>
        <translation>Xem mọi màn hình cho một địa bàn, hoặc cho toàn thành phố</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Choose a place…</source>
        <translation>Chọn địa bàn…</translation>
    </message>
    <message>
        <source>&amp;Save this view…</source>
        <translation>&amp;Lưu góc nhìn này…</translation>
    </message>
    <message>
        <source>&amp;Import a view…</source>
        <translation>&amp;Nhập góc nhìn…</translation>
    </message>
    <message>
        <source>Import a view</source>
        <translation>Nhập góc nhìn</translation>
    </message>
    <message>
        <source>Views (*.iocview.json *.json)</source>
        <translation>Góc nhìn (*.iocview.json *.json)</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>Chưa nhập %1: %2</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi &amp;tên…</translation>
    </message>
    <message>
        <source>Rename the view</source>
        <translation>Đổi tên góc nhìn</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message>
        <source>Export the view</source>
        <translation>Xuất góc nhìn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Xó&amp;a</translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation>&amp;Góc nhìn đã lưu</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Góc nhìn: %1</translation>
    </message>
    <message>
        <source>Save this view</source>
        <translation>Lưu góc nhìn này</translation>
    </message>
    <message>
        <source>View saved: %1</source>
        <translation>Đã lưu góc nhìn: %1</translation>
    </message>
    <message>
        <source>This briefing pack carries no saved view.</source>
        <translation>Gói giao ban này không mang góc nhìn đã lưu nào.</translation>
    </message>
    <message>
        <source>&amp;Keep among my views</source>
        <translation>&amp;Giữ vào góc nhìn của tôi</translation>
    </message>
    <message>
        <source>View kept: %1</source>
        <translation>Đã giữ góc nhìn: %1</translation>
    </message>
</context>
<context>
    <name>ioc::MapPage</name>
    <message>
        <source>Administrative map</source>
        <translation>Bản đồ hành chính</translation>
    </message>
    <message>
        <source>Quantiles</source>
        <translation>Phân vị</translation>
    </message>
    <message>
        <source>Equal intervals</source>
        <translation>Khoảng đều</translation>
    </message>
    <message>
        <source>Against plan</source>
        <translation>So với kế hoạch</translation>
    </message>
    <message>
        <source>How the units are put into classes</source>
        <translation>Cách chia các đơn vị thành lớp</translation>
    </message>
    <message>
        <source> classes</source>
        <translation> lớp</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>Trạm quan trắc</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Dự án</translation>
    </message>
    <message>
        <source>The map is not available: %1</source>
        <translation>Không hiển thị được bản đồ: %1</translation>
    </message>
    <message>
        <source>Station and project positions are approximate. Boundaries: 2025 units, thanglequoc/vietnamese-provinces-database (MIT), from the national reference map.</source>
        <translation>Vị trí trạm và dự án là gần đúng. Ranh giới: đơn vị hành chính 2025, thanglequoc/vietnamese-provinces-database (MIT), theo bản đồ đơn vị hành chính quốc gia.</translation>
    </message>
</context>
<context>
    <name>ioc::MapPanel</name>
    <message>
        <source>The map is not available: %1</source>
        <translation>Không hiển thị được bản đồ: %1</translation>
    </message>
    <message>
        <source>Map by commune and ward</source>
        <translation>Bản đồ theo xã, phường</translation>
    </message>
    <message>
        <source>Loading the figures by commune…</source>
        <translation>Đang tải số liệu theo xã, phường…</translation>
    </message>
</context>
<context>
    <name>ioc::MapView</name>
    <message>
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <source>special zone</source>
        <translation>đặc khu</translation>
    </message>
    <message>
        <source>station</source>
        <translation>trạm</translation>
    </message>
    <message>
        <source>project</source>
        <translation>dự án</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Số liệu đến %1</translation>
    </message>
    <message>
        <source>Position approximate</source>
        <translation>Vị trí gần đúng</translation>
    </message>
    <message>
        <source>%1 to %2 vs plan</source>
        <translation>%1 đến %2 so với kế hoạch</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ, ×%1 (117 km offshore)</source>
        <translation>Bạch Long Vĩ, phóng to ×%1 (cách bờ 117 km)</translation>
    </message>
    <message>
        <source>%1: % of plan</source>
        <translation>%1: so với kế hoạch</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ ×%1</source>
        <translation>Bạch Long Vĩ ×%1</translation>
    </message>
    <message>
        <source>Show every screen for %1</source>
        <translation>Xem mọi màn hình cho %1</translation>
    </message>
    <message>
        <source>Show every screen for the whole city</source>
        <translation>Xem mọi màn hình cho toàn thành phố</translation>
    </message>
</context>
<context>
    <name>ioc::MjpegReader</name>
    <message>
        <source>The picture is empty.</source>
        <translation>Hình rỗng.</translation>
    </message>
    <message>
        <source>The picture is larger than %1 MiB.</source>
        <translation>Hình lớn hơn %1 MiB.</translation>
    </message>
    <message>
        <source>The picture is not a JPEG.</source>
        <translation>Hình không phải JPEG.</translation>
    </message>
    <message>
        <source>The JPEG picture is cut off.</source>
        <translation>Hình JPEG bị cắt cụt.</translation>
    </message>
    <message>
        <source>The JPEG picture does not decode: %1</source>
        <translation>Không giải mã được hình JPEG: %1</translation>
    </message>
    <message>
        <source>The picture&apos;s size is not acceptable (%1 × %2).</source>
        <translation>Kích thước hình không chấp nhận được (%1 × %2).</translation>
    </message>
    <message>
        <source>The list of cameras is larger than 1 MiB.</source>
        <translation>Danh sách camera lớn hơn 1 MiB.</translation>
    </message>
    <message>
        <source>The list of cameras is not the API&apos;s JSON (%1).</source>
        <translation>Danh sách camera không đúng JSON của API (%1).</translation>
    </message>
    <message>
        <source>A camera in the list has no id or no junction.</source>
        <translation>Một camera trong danh sách thiếu mã hoặc tên nút giao.</translation>
    </message>
    <message>
        <source>The stream is not a multipart stream of pictures.</source>
        <translation>Luồng dữ liệu không phải luồng hình nhiều phần (multipart).</translation>
    </message>
    <message>
        <source>The stream does not keep to its multipart boundary.</source>
        <translation>Luồng dữ liệu không theo đúng ranh giới multipart của nó.</translation>
    </message>
    <message>
        <source>The camera ended the stream.</source>
        <translation>Camera đã kết thúc luồng hình.</translation>
    </message>
    <message>
        <source>A part&apos;s header block is longer than 8 KiB.</source>
        <translation>Phần đầu của một hình dài hơn 8 KiB.</translation>
    </message>
    <message>
        <source>A part&apos;s length is not a number.</source>
        <translation>Độ dài của một hình không phải là số.</translation>
    </message>
    <message>
        <source>A part is not a JPEG picture (%1).</source>
        <translation>Một phần không phải hình JPEG (%1).</translation>
    </message>
    <message>
        <source>A picture of %1 bytes is over the limit of %2.</source>
        <translation>Hình dài %1 byte, vượt giới hạn %2.</translation>
    </message>
    <message>
        <source>A picture runs past the limit of %1 bytes with no end.</source>
        <translation>Hình vượt quá giới hạn %1 byte mà không có điểm kết thúc.</translation>
    </message>
</context>
<context>
    <name>ioc::NarrativePanel</name>
    <message>
        <source>the document was not written</source>
        <translation>không ghi được tài liệu</translation>
    </message>
    <message>
        <source>The summary is written once the screen&apos;s figures are loaded.</source>
        <translation>Phần tóm tắt được viết khi số liệu của màn hình đã tải xong.</translation>
    </message>
</context>
<context>
    <name>ioc::NarrativeWriter</name>
    <message>
        <source>month</source>
        <translation>tháng</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quý</translation>
    </message>
    <message>
        <source>year</source>
        <translation>năm</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>the separator of a list inside a sentence</extracomment>
        <translation>, </translation>
    </message>
    <message>
        <source>nearly %1</source>
        <translation>gần %1</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>hơn %1</translation>
    </message>
    <message>
        <source>short of the %1 plan</source>
        <translation>chưa đạt kế hoạch %1</translation>
    </message>
    <message>
        <source>short of the %1 plan: %2</source>
        <translation>chưa đạt kế hoạch %1: %2</translation>
    </message>
    <message>
        <source>above the %1 plan</source>
        <translation>vượt kế hoạch %1</translation>
    </message>
    <message>
        <source>meeting the %1 plan</source>
        <translation>đạt kế hoạch %1</translation>
    </message>
    <message>
        <source>no plan to compare with</source>
        <translation>chưa có kế hoạch để so sánh</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unchanged on the previous %1</source>
        <translation>không đổi so với %1 trước</translation>
    </message>
    <message>
        <source>up %1 on the previous %2</source>
        <translation>tăng %1 so với %2 trước</translation>
    </message>
    <message>
        <source>down %1 on the previous %2</source>
        <translation>giảm %1 so với %2 trước</translation>
    </message>
    <message>
        <source>%1 reached %2</source>
        <translation>%1 đạt %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>; of which %1</source>
        <translation>; trong đó %1</translation>
    </message>
    <message>
        <source> (not updated since %1)</source>
        <translation> (số liệu chưa cập nhật từ %1)</translation>
    </message>
    <message>
        <source>and %1 other units</source>
        <translation>và %1 đơn vị khác</translation>
    </message>
    <message>
        <source>%1 units with %2 at %3: %4.</source>
        <translation>%1 đơn vị có %2 ở mức %3: %4.</translation>
    </message>
    <message>
        <source>%1 units critical for %2: %3.</source>
        <translation>%1 đơn vị ở mức nghiêm trọng về %2: %3.</translation>
    </message>
    <message>
        <source>Lowest %1: %2.</source>
        <translation>Thấp nhất về %1: %2.</translation>
    </message>
    <message>
        <source>Highest %1: %2.</source>
        <translation>Cao nhất về %1: %2.</translation>
    </message>
    <message>
        <source>%1 (latest: %2, %3)</source>
        <translation>%1 (gần nhất: %2, %3)</translation>
    </message>
    <message>
        <source>No figure yet for this period: %1.</source>
        <translation>Chưa có số liệu kỳ này: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Briefing summary</source>
        <translation>Tóm tắt giao ban</translation>
    </message>
    <message>
        <source>No figure of these screens is critical, short of its plan or notably up.</source>
        <translation>Không có chỉ tiêu nào của các màn hình này ở mức nghiêm trọng, chưa đạt kế hoạch hoặc tăng đáng kể.</translation>
    </message>
    <message>
        <source>Reported for the whole city only, not for %1: %2.</source>
        <translation>Chỉ có số liệu toàn thành phố, không có cho %1: %2.</translation>
    </message>
</context>
<context>
    <name>ioc::PackReader</name>
    <message>
        <source>The briefing pack %1 was refused: %2</source>
        <translation>Gói giao ban %1 bị từ chối: %2</translation>
    </message>
    <message>
        <source>there is no such file.</source>
        <translation>không có tệp này.</translation>
    </message>
    <message>
        <source>it is not a briefing pack or it is damaged (%1).</source>
        <translation>đây không phải gói giao ban hoặc gói đã hỏng (%1).</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is missing.</source>
        <translation>thiếu phần &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large.</source>
        <translation>phần &apos;%1&apos; quá lớn.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; cannot be read (%2).</source>
        <translation>không đọc được phần &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (%2).</source>
        <translation>phần &apos;%1&apos; bị hỏng (%2).</translation>
    </message>
    <message>
        <source>its manifest is not valid JSON (%1).</source>
        <translation>bảng kê của gói không phải JSON hợp lệ (%1).</translation>
    </message>
    <message>
        <source>it was written in format %1; this console reads %2. Update the console.</source>
        <translation>gói được ghi theo định dạng %1; phần mềm này đọc %2. Hãy cập nhật phần mềm.</translation>
    </message>
    <message>
        <source>its manifest is not one of a briefing pack.</source>
        <translation>bảng kê không phải của một gói giao ban.</translation>
    </message>
    <message>
        <source>its manifest does not match its own SHA-256; it has been changed since it was written.</source>
        <translation>bảng kê không khớp với SHA-256 của chính nó; gói đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; does not match its SHA-256 in the manifest; it has been changed or damaged since the pack was written.</source>
        <translation>phần &apos;%1&apos; không khớp SHA-256 trong bảng kê; phần này đã bị sửa hoặc hỏng sau khi ghi gói.</translation>
    </message>
    <message>
        <source>it holds a part the manifest does not list: &apos;%1&apos;.</source>
        <translation>gói có phần không được liệt kê trong bảng kê: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its catalog cannot be read: %1</source>
        <translation>không đọc được danh mục chỉ tiêu của gói: %1</translation>
    </message>
    <message>
        <source>its screen definitions cannot be read: %1</source>
        <translation>không đọc được định nghĩa màn hình của gói: %1</translation>
    </message>
    <message>
        <source>its screens do not fit its catalog: %1</source>
        <translation>màn hình của gói không khớp danh mục chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>it lists a screen it does not define: %1.</source>
        <translation>gói liệt kê màn hình không được định nghĩa: %1.</translation>
    </message>
    <message>
        <source>it lists a period that cannot be read: &apos;%1&apos;.</source>
        <translation>gói liệt kê một kỳ không đọc được: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its manifest names no screen, no period or no time.</source>
        <translation>bảng kê thiếu màn hình, kỳ hoặc thời điểm.</translation>
    </message>
    <message>
        <source>its alert journal cannot be read.</source>
        <translation>không đọc được nhật ký cảnh báo của gói.</translation>
    </message>
    <message>
        <source>no temporary folder can be made (%1).</source>
        <translation>không tạo được thư mục tạm (%1).</translation>
    </message>
    <message>
        <source>The briefing pack %1 cannot be unpacked: %2</source>
        <translation>Không giải nén được gói giao ban %1: %2</translation>
    </message>
    <message>
        <source>its observations cannot be read: %1</source>
        <translation>không đọc được số liệu của gói: %1</translation>
    </message>
    <message>
        <source>its observations are not the ones its manifest counts.</source>
        <translation>số liệu của gói không đúng với số lượng trong bảng kê.</translation>
    </message>
    <message>
        <source>its alert journal cannot be read: %1</source>
        <translation>không đọc được nhật ký cảnh báo của gói: %1</translation>
    </message>
    <message>
        <source>it holds %1 parts; a pack has at most %2.</source>
        <translation>gói có %1 phần; một gói có tối đa %2 phần.</translation>
    </message>
</context>
<context>
    <name>ioc::PackSeal</name>
    <message>
        <source>Verified: %1, %2</source>
        <translation>Đã xác thực: %1, %2</translation>
    </message>
    <message>
        <source>Not verified: signed by an unknown key (%1, %2)</source>
        <translation>Chưa xác thực: ký bằng khóa chưa được tin cậy (%1, %2)</translation>
    </message>
    <message>
        <source>Not verified: signed by a revoked key (%1, %2)</source>
        <translation>Chưa xác thực: ký bằng khóa đã bị thu hồi (%1, %2)</translation>
    </message>
    <message>
        <source>Not verified: unsigned</source>
        <translation>Chưa xác thực: gói không có chữ ký</translation>
    </message>
</context>
<context>
    <name>ioc::PackSigning</name>
    <message>
        <source>%1 is not a signing key of the console.</source>
        <translation>%1 không phải khóa ký của phần mềm.</translation>
    </message>
    <message>
        <source>its signature does not match its manifest: it was changed after it was signed, or the signature is not one of this pack</source>
        <translation>chữ ký không khớp với bản kê của gói: gói đã bị sửa sau khi ký, hoặc chữ ký không phải của gói này</translation>
    </message>
</context>
<context>
    <name>ioc::PackWriter</name>
    <message>
        <source>a briefing pack needs at least one screen and one period</source>
        <translation>gói giao ban cần ít nhất một màn hình và một kỳ</translation>
    </message>
    <message>
        <source>there is no screen %1 (the screens are S01 to S%2)</source>
        <translation>không có màn hình %1 (các màn hình từ S01 đến S%2)</translation>
    </message>
    <message>
        <source>nothing prepared to pack</source>
        <translation>chưa có gì được chuẩn bị để đóng gói</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>không tạo được thư mục tạm: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::PageFlow</name>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (tiếp theo)</translation>
    </message>
</context>
<context>
    <name>ioc::PdfExporter</name>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>not from a briefing pack</source>
        <translation>không lấy từ gói giao ban</translation>
    </message>
    <message>
        <source>pack SHA-256 %1</source>
        <translation>gói SHA-256 %1</translation>
    </message>
    <message>
        <source>no screen to export</source>
        <translation>không có màn hình nào để xuất</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>không ghi được %1: %2</translation>
    </message>
    <message>
        <source>Hải Phòng IOC briefing, figures as of %1</source>
        <translation>Giao ban IOC Hải Phòng, số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>there is no screen %1</source>
        <translation>không có màn hình %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>So sánh</translation>
    </message>
    <message>
        <source>cannot paint the PDF</source>
        <translation>không vẽ được tệp PDF</translation>
    </message>
    <message>
        <source>none for the period (latest: %1, %2)</source>
        <translation>chưa có số liệu kỳ này (gần nhất: %1, %2)</translation>
    </message>
    <message>
        <source>no figure yet</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <source>Hải Phòng IOC briefing</source>
        <translation>Giao ban IOC Hải Phòng</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <source>Meeting date: %1</source>
        <translation>Ngày giao ban: %1</translation>
    </message>
    <message>
        <source>DEMO DATA — not official figures</source>
        <translation>DỮ LIỆU MẪU — không phải số liệu chính thức</translation>
    </message>
    <message>
        <source>Not from a briefing pack: the figures of the data folder when exported</source>
        <translation>Không phải gói giao ban: số liệu trong thư mục dữ liệu tại thời điểm xuất</translation>
    </message>
    <message>
        <source>Briefing pack SHA-256: %1</source>
        <translation>Mã SHA-256 của gói giao ban: %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Người chuẩn bị: %1</translation>
    </message>
    <message>
        <source>Readiness: %1</source>
        <translation>Mức sẵn sàng: %1</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Các màn hình</translation>
    </message>
    <message>
        <source>Summary of the indicators</source>
        <translation>Tổng hợp các chỉ tiêu</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>The briefing in words</source>
        <translation>Nội dung giao ban</translation>
    </message>
    <message>
        <source>No figures by unit yet.</source>
        <translation>Chưa có số liệu theo đơn vị.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Share of the whole</source>
        <translation>Tỷ trọng</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>Bản đồ: %1</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Khoảng giá trị</translation>
    </message>
    <message>
        <source>Classes (%1)</source>
        <translation>Khoảng giá trị (%1)</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>No figures yet: %1.</source>
        <translation>Chưa có số liệu: %1.</translation>
    </message>
    <message>
        <source>Appendix: where each figure comes from</source>
        <translation>Phụ lục: nguồn của từng số liệu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Hải Phòng Intelligent Operations Center</source>
        <translation>Trung tâm Giám sát, điều hành thông minh Hải Phòng</translation>
    </message>
    <message>
        <source>Briefing handout: %1; %2</source>
        <translation>Tài liệu giao ban: %1; %2</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Hạng</translation>
    </message>
    <message>
        <source>Each camera&apos;s last picture as the console received it, at the time shown under it.</source>
        <translation>Hình cuối cùng của từng camera mà bảng điều khiển nhận được, vào thời điểm ghi dưới hình.</translation>
    </message>
    <message>
        <source>Simulated pictures of the demo server, not camera pictures.</source>
        <translation>Hình mô phỏng của máy chủ demo, không phải hình camera.</translation>
    </message>
    <message>
        <source>Traffic cameras: the last picture of each</source>
        <translation>Camera giao thông: hình cuối cùng của từng camera</translation>
    </message>
</context>
<context>
    <name>ioc::PeriodBar</name>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lũy kế từ đầu năm</translation>
    </message>
    <message>
        <source>The period every screen shows</source>
        <translation>Kỳ số liệu áp dụng cho mọi màn hình</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · đến ngày %2</translation>
    </message>
    <message>
        <source>Previous period (Ctrl+PgUp)</source>
        <translation>Kỳ trước (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next period (Ctrl+PgDown)</source>
        <translation>Kỳ sau (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Choose the period</source>
        <translation>Chọn kỳ</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Kỳ: %1</translation>
    </message>
    <message>
        <source>everything</source>
        <translation>tất cả</translation>
    </message>
    <message>
        <source>the previous period</source>
        <translation>kỳ trước</translation>
    </message>
    <message>
        <source>the same period last year</source>
        <translation>cùng kỳ năm trước</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>Compare with:</source>
        <translation>So sánh với:</translation>
    </message>
    <message>
        <source>What each tile compares its figure with, beside the comparison its status was judged on</source>
        <translation>Mỗi thẻ so sánh số liệu với gì, bên cạnh phép so sánh dùng để đánh giá trạng thái</translation>
    </message>
</context>
<context>
    <name>ioc::PlaylistDialog</name>
    <message>
        <source>Presentation playlist</source>
        <translation>Danh sách trình chiếu</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source> s</source>
        <translation> giây</translation>
    </message>
    <message>
        <source>presenter advances</source>
        <translation>người trình bày tự chuyển</translation>
    </message>
    <message>
        <source>This window&apos;s display</source>
        <translation>Màn hình của cửa sổ này</translation>
    </message>
    <message>
        <source>%1 (%2×%3)</source>
        <translation>%1 (%2×%3)</translation>
    </message>
    <message>
        <source>Each screen for</source>
        <translation>Mỗi màn hình trong</translation>
    </message>
    <message>
        <source>Show on</source>
        <translation>Trình chiếu trên</translation>
    </message>
    <message>
        <source>Dark, high contrast (the wall&apos;s default)</source>
        <translation>Nền tối, tương phản cao (mặc định cho màn hình lớn)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Nền sáng</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Góc nhìn: %1</translation>
    </message>
    <message>
        <source>Tick the screens and saved views to show and drag them into order. A view shows its own period and place. In the presentation: → Space PageDown next, ← PageUp previous, Home first, B blank, Esc leave.</source>
        <translation>Đánh dấu các màn hình và góc nhìn đã lưu cần trình chiếu và kéo để sắp thứ tự. Mỗi góc nhìn hiện kỳ báo cáo và địa bàn của riêng nó. Khi trình chiếu: → Space PageDown màn sau, ← PageUp màn trước, Home màn đầu, B tắt màn hình, Esc thoát.</translation>
    </message>
</context>
<context>
    <name>ioc::PresentationView</name>
    <message>
        <source>Presentation</source>
        <translation>Trình chiếu</translation>
    </message>
    <message>
        <source>Screen %1/%2</source>
        <translation>Màn hình %1/%2</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>The playlist is empty.</source>
        <translation>Danh sách trình chiếu trống.</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Đang tải %1…</translation>
    </message>
    <message>
        <source>⚠ %1 (rotation paused)</source>
        <translation>⚠ %1 (tạm dừng tự chuyển màn hình)</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Góc nhìn: %1</translation>
    </message>
    <message>
        <source>View: %1 (%2)</source>
        <translation>Góc nhìn: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ioc::PrintChart</name>
    <message>
        <source>No monthly figures to draw yet.</source>
        <translation>Chưa có số liệu tháng để vẽ.</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
</context>
<context>
    <name>ioc::PublisherKeysDialog</name>
    <message>
        <source>&amp;Stop trusting</source>
        <translation>&amp;Thôi tin cậy</translation>
    </message>
    <message>
        <source>Publishers&apos; keys</source>
        <translation>Khóa của đơn vị phát hành</translation>
    </message>
    <message>
        <source>Briefing packs signed with these keys open as &quot;Verified&quot;. Trust a key only after comparing its fingerprint with the publisher, by phone or in person.</source>
        <translation>Gói giao ban ký bằng các khóa này được mở với dấu &quot;Đã xác thực&quot;. Chỉ tin cậy một khóa sau khi đã so dấu vân tay của nó với đơn vị phát hành, qua điện thoại hoặc gặp trực tiếp.</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Đơn vị phát hành</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Dấu vân tay</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translation>Được tin cậy bởi</translation>
    </message>
    <message>
        <source>&amp;Trust a key from a file…</source>
        <translation>&amp;Tin cậy khóa từ tệp…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>you (this console&apos;s key)</source>
        <translation>bạn (khóa của máy này)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>bạn</translation>
    </message>
    <message>
        <source>this computer, for all</source>
        <translation>máy tính này, cho mọi người dùng</translation>
    </message>
    <message>
        <source>Trust a publisher&apos;s key</source>
        <translation>Tin cậy khóa của đơn vị phát hành</translation>
    </message>
    <message>
        <source>Public keys (*.json)</source>
        <translation>Khóa công khai (*.json)</translation>
    </message>
    <message>
        <source>Nothing was trusted: %1</source>
        <translation>Chưa tin cậy khóa nào: %1</translation>
    </message>
    <message>
        <source>The key of %1 (%2) is trusted already.</source>
        <translation>Khóa của %1 (%2) đã được tin cậy từ trước.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Trust briefing packs signed by &lt;b&gt;%1&lt;/b&gt;?&lt;/p&gt;&lt;p&gt;Fingerprint:&lt;/p&gt;&lt;p style=&quot;font-size:x-large&quot;&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Compare it with the fingerprint the publisher gives you, by phone or in person: a key file that came by e-mail or on a USB stick can be anyone&apos;s.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tin cậy các gói giao ban do &lt;b&gt;%1&lt;/b&gt; ký?&lt;/p&gt;&lt;p&gt;Dấu vân tay:&lt;/p&gt;&lt;p style=&quot;font-size:x-large&quot;&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Hãy so với dấu vân tay mà đơn vị phát hành đọc cho bạn, qua điện thoại hoặc gặp trực tiếp: một tệp khóa nhận qua thư điện tử hay USB có thể là của bất kỳ ai.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Tin cậy</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Trusted: %1, fingerprint %2.</source>
        <translation>Đã tin cậy: %1, dấu vân tay %2.</translation>
    </message>
    <message>
        <source>Stop trusting a key</source>
        <translation>Thôi tin cậy một khóa</translation>
    </message>
    <message>
        <source>Stop trusting the key of %1 (%2)? Packs it signed will open as &quot;Not verified: signed by a revoked key&quot;.</source>
        <translation>Thôi tin cậy khóa của %1 (%2)? Các gói do khóa này ký sẽ mở với dấu &quot;Chưa xác thực: ký bằng khóa đã bị thu hồi&quot;.</translation>
    </message>
    <message>
        <source>Stop trusting</source>
        <translation>Thôi tin cậy</translation>
    </message>
    <message>
        <source>No longer trusted: %1, fingerprint %2.</source>
        <translation>Đã thôi tin cậy: %1, dấu vân tay %2.</translation>
    </message>
</context>
<context>
    <name>ioc::Readiness</name>
    <message>
        <source>Year %1 to date</source>
        <translation>Lũy kế năm %1</translation>
    </message>
    <message>
        <source>%1, to %2</source>
        <translation>%1, đến ngày %2</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>%1 of %2 figures missing</source>
        <translation>thiếu %1/%2 số liệu</translation>
    </message>
    <message>
        <source>%1 monthly reports not received</source>
        <translation>%1 báo cáo tháng chưa nhận</translation>
    </message>
    <message>
        <source>%1 real-time sources stale</source>
        <translation>%1 nguồn thời gian thực chưa cập nhật</translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation>Chưa sẵn sàng: %1</translation>
    </message>
    <message>
        <source>Coverage: %1 of %2 figures</source>
        <translation>Độ phủ: %1/%2 số liệu</translation>
    </message>
    <message>
        <source>  %1 (%2): %3/%4</source>
        <translation>  %1 (%2): %3/%4</translation>
    </message>
    <message>
        <source> — no figure: %1</source>
        <translation> — chưa có số liệu: %1</translation>
    </message>
    <message>
        <source>Oldest figure: %1, as of %2 (%3)</source>
        <translation>Số liệu cũ nhất: %1, đến %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly reports not received for the period: %1</source>
        <translation>Báo cáo tháng chưa nhận cho kỳ này: %1</translation>
    </message>
    <message>
        <source>  %1, %2 — %3</source>
        <translation>  %1, %2 — %3</translation>
    </message>
    <message>
        <source>Stale real-time sources: %1</source>
        <translation>Nguồn thời gian thực chưa cập nhật: %1</translation>
    </message>
    <message>
        <source>  %1, last reading %2</source>
        <translation>  %1, lần đo cuối %2</translation>
    </message>
    <message>
        <source>Departments late, incomplete or with files refused: %1</source>
        <translation>Sở, ngành nộp chậm, thiếu đơn vị hoặc có file bị từ chối: %1</translation>
    </message>
    <message>
        <source>late since %1: %2</source>
        <translation>chậm từ %1: %2</translation>
    </message>
    <message>
        <source>%1 of %2 units reported</source>
        <translation>%1/%2 đơn vị đã báo cáo</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused this month</source>
        <translation>
            <numerusform>%n file bị từ chối trong tháng</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ReadinessDialog</name>
    <message>
        <source>Readiness of the briefing pack</source>
        <translation>Mức sẵn sàng của gói giao ban</translation>
    </message>
    <message>
        <source>Save pack…</source>
        <translation>Lưu gói…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Màn hình</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Oldest figure</source>
        <translation>Số liệu cũ nhất</translation>
    </message>
    <message>
        <source>Reports not received</source>
        <translation>Báo cáo chưa nhận</translation>
    </message>
    <message>
        <source>Stale sources</source>
        <translation>Nguồn chưa cập nhật</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết luận</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>none: %1</source>
        <translation>chưa có: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
</context>
<context>
    <name>ioc::ReadinessPage</name>
    <message>
        <source>Data readiness by department</source>
        <translation>Tình trạng nộp số liệu của các sở, ngành</translation>
    </message>
    <message>
        <source>When each figure is due: %1. The departments report to the Department of Science and Technology every Thursday.</source>
        <translation>Hạn nộp của từng loại số liệu: %1. Các sở, ngành báo cáo Sở Khoa học và Công nghệ vào thứ Năm hằng tuần.</translation>
    </message>
    <message>
        <source>Report files refused this month</source>
        <translation>File báo cáo bị từ chối trong tháng</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>The cache could not be read: %1</source>
        <translation>Không đọc được bộ nhớ đệm: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… và %1 lỗi khác</translation>
    </message>
    <message>
        <source>No report file was refused this month.</source>
        <translation>Tháng này chưa có file báo cáo nào bị từ chối.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Thời điểm nhận</translation>
    </message>
    <message>
        <source>Refused by</source>
        <translation>Nơi từ chối</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở, ngành</translation>
    </message>
    <message>
        <source>%1 of %2 sources late · %3 incomplete · %4 · as of %5</source>
        <translation>%1/%2 nguồn chậm hạn · %3 thiếu đơn vị · %4 · tính đến %5</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused this month</source>
        <translation>
            <numerusform>%n file bị từ chối trong tháng</numerusform>
        </translation>
    </message>
    <message>
        <source>not known (no sheet names a department)</source>
        <translation>chưa xác định (không trang tính nào ghi tên sở, ngành)</translation>
    </message>
    <message>
        <source>not in the catalog: %1</source>
        <translation>không có trong danh mục: %1</translation>
    </message>
    <message>
        <source>this console (import)</source>
        <translation>máy này (nhập file)</translation>
    </message>
    <message>
        <source>data server %1
sent with the token &apos;%2&apos;</source>
        <translation>máy chủ dữ liệu %1
gửi bằng mã truy cập &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>ioc::ReportImporter</name>
    <message>
        <source>real-time</source>
        <translation>thời gian thực</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hằng tuần</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>dòng %1</translation>
    </message>
    <message>
        <source>, sheet &apos;%1&apos;</source>
        <translation>, trang tính &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, cell %1</source>
        <translation>, ô %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, dòng %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>tệp không tồn tại</translation>
    </message>
    <message>
        <source>the file is too large (%1 MB; at most %2 MB)</source>
        <translation>tệp quá lớn (%1 MB; tối đa %2 MB)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>không mở được tệp: %1</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>tệp không phải văn bản UTF-8 (hãy lưu dưới dạng &quot;CSV UTF-8&quot;)</translation>
    </message>
    <message>
        <source>the CSV text is malformed: %1</source>
        <translation>nội dung CSV sai định dạng: %1</translation>
    </message>
    <message>
        <source>only .xlsx and .csv report files can be imported</source>
        <translation>chỉ nhập được tệp báo cáo .xlsx và .csv</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice (also in column %2)</source>
        <translation>cột &quot;%1&quot; xuất hiện hai lần (cả ở cột %2)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; is missing</source>
        <translation>thiếu cột &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the indicator code is empty</source>
        <translation>mã chỉ tiêu đang để trống</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an indicator code of the catalog</source>
        <translation>&apos;%1&apos; không phải mã chỉ tiêu trong bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>%1 is measured by sensors in real time and cannot be imported from a report</source>
        <translation>%1 do cảm biến đo theo thời gian thực, không nhập từ báo cáo</translation>
    </message>
    <message>
        <source>the entity code is empty (the city is %1)</source>
        <translation>mã đối tượng đang để trống (thành phố là %1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an entity code</source>
        <translation>&apos;%1&apos; không phải mã đối tượng</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known entity code</source>
        <translation>&apos;%1&apos; không phải mã đối tượng đã biết</translation>
    </message>
    <message>
        <source>%1 (%2) does not report %3</source>
        <translation>%1 (%2) không báo cáo chỉ tiêu %3</translation>
    </message>
    <message>
        <source>the period is empty</source>
        <translation>kỳ báo cáo đang để trống</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a period (write e.g. 2026-04, Tháng 4/2026, Quý II/2026, 2026 or 20/04/2026)</source>
        <translation>&apos;%1&apos; không phải kỳ báo cáo (ghi ví dụ 2026-04, Tháng 4/2026, Quý II/2026, 2026 hoặc 20/04/2026)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 period, and %3 is reported %2</source>
        <translation>&apos;%1&apos; không phải kỳ báo cáo %2, mà %3 được báo cáo %2</translation>
    </message>
    <message>
        <source>the period %1 has not begun yet</source>
        <translation>kỳ %1 chưa bắt đầu</translation>
    </message>
    <message>
        <source>the %1 is formatted as a date; format the cell as a number</source>
        <translation>%1 đang định dạng ngày tháng; hãy định dạng ô là số</translation>
    </message>
    <message>
        <source>the %1 is %2, not a number</source>
        <translation>%1 là %2, không phải số</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is ambiguous (a thousands separator or a decimal one?): enter the %2 as a number cell, or without thousands separators</source>
        <translation>&apos;%1&apos; không rõ nghĩa (dấu phân cách hàng nghìn hay dấu thập phân?): hãy nhập %2 ở ô kiểu số, hoặc không dùng dấu phân cách hàng nghìn</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; has thousands separators: enter it as a number cell, or without them</source>
        <translation>%1 &apos;%2&apos; có dấu phân cách hàng nghìn: hãy nhập ở ô kiểu số, hoặc bỏ các dấu này</translation>
    </message>
    <message>
        <source>the %1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; không phải số</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>giá trị thực hiện đang để trống</translation>
    </message>
    <message>
        <source>value</source>
        <translation>giá trị thực hiện</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>kế hoạch</translation>
    </message>
    <message>
        <source>%1 has no plan in the catalog; leave the plan empty</source>
        <translation>%1 không có kế hoạch trong bộ chỉ tiêu; hãy để trống cột kế hoạch</translation>
    </message>
    <message>
        <source>%1 for %2 in %3 is already given in row %4</source>
        <translation>%1 của %2 kỳ %3 đã có ở dòng %4</translation>
    </message>
    <message>
        <source>%1 for %2 in %3 is already given in sheet &apos;%4&apos;, row %5</source>
        <translation>%1 của %2 kỳ %3 đã có ở trang tính &apos;%4&apos;, dòng %5</translation>
    </message>
    <message>
        <source>the file holds no figures: no sheet has rows under the template&apos;s header</source>
        <translation>tệp không có số liệu: không trang tính nào có dòng dưới tiêu đề theo mẫu</translation>
    </message>
    <message>
        <source>cell %1 is a formula with no stored value; open the file in Excel and save it again</source>
        <translation>ô %1 là công thức chưa có giá trị đã lưu; mở tệp trong Excel và lưu lại</translation>
    </message>
    <message>
        <source>the %1 is formatted as a percent (%2%), but %3 is not measured in percent; format the cell as a number</source>
        <translation>%1 được định dạng phần trăm (%2%), nhưng %3 không tính bằng phần trăm; hãy định dạng ô là số</translation>
    </message>
    <message>
        <source>no header row found: one of the first %1 rows must name the columns &quot;Mã chỉ tiêu&quot;, &quot;Mã đối tượng&quot;, &quot;Kỳ báo cáo&quot;, &quot;Thực hiện&quot; (and optionally &quot;Kế hoạch&quot; and &quot;Kế hoạch năm&quot;)</source>
        <translation>không tìm thấy dòng tiêu đề: một trong %1 dòng đầu phải có các cột &quot;Mã chỉ tiêu&quot;, &quot;Mã đối tượng&quot;, &quot;Kỳ báo cáo&quot;, &quot;Thực hiện&quot; (và có thể có &quot;Kế hoạch&quot;, &quot;Kế hoạch năm&quot;)</translation>
    </message>
    <message>
        <source>%1 has no plan in the catalog; leave the annual plan empty</source>
        <translation>%1 không có kế hoạch trong bộ chỉ tiêu; hãy để trống cột kế hoạch năm</translation>
    </message>
    <message>
        <source>annual plan</source>
        <translation>kế hoạch năm</translation>
    </message>
</context>
<context>
    <name>ioc::Rule</name>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>ký tự không hợp lệ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the rule is empty (write &apos;none&apos; for an informational row)</source>
        <translation>quy tắc để trống (ghi &apos;none&apos; cho chỉ tiêu chỉ để theo dõi)</translation>
    </message>
    <message>
        <source>a clause is missing at the end</source>
        <translation>thiếu điều kiện ở cuối</translation>
    </message>
    <message>
        <source>expected a metric, found &apos;%1&apos;</source>
        <translation>cần một đại lượng, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;none&apos; cannot be combined with other clauses</source>
        <translation>&apos;none&apos; không được kết hợp với điều kiện khác</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos;</source>
        <translation>đại lượng &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>expected a comparison (&lt; &lt;= &gt; &gt;= == !=) after &apos;%1&apos;</source>
        <translation>cần phép so sánh (&lt; &lt;= &gt; &gt;= == !=) sau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a reference after &apos;*&apos;</source>
        <translation>cần giá trị tham chiếu sau &apos;*&apos;</translation>
    </message>
    <message>
        <source>expected a number after &apos;-&apos;</source>
        <translation>cần một số sau &apos;-&apos;</translation>
    </message>
    <message>
        <source>unknown reference &apos;%1&apos;</source>
        <translation>giá trị tham chiếu &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>cần một số sau &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number or reference at the end</source>
        <translation>cần một số hoặc giá trị tham chiếu ở cuối</translation>
    </message>
    <message>
        <source>expected a number or reference, found &apos;%1&apos;</source>
        <translation>cần một số hoặc giá trị tham chiếu, gặp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected &apos;and&apos;, &apos;or&apos; or the end, found &apos;%1&apos;</source>
        <translation>cần &apos;and&apos;, &apos;or&apos; hoặc kết thúc, gặp &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ioc::SavedView</name>
    <message>
        <source>it is a view of a newer version (%1); this console reads %2.</source>
        <translation>đây là góc nhìn của phiên bản mới hơn (%1); bảng điều khiển này đọc %2.</translation>
    </message>
    <message>
        <source>it is not a saved view of the IOC console.</source>
        <translation>đây không phải là góc nhìn đã lưu của bảng điều khiển IOC.</translation>
    </message>
    <message>
        <source>it has no name.</source>
        <translation>góc nhìn không có tên.</translation>
    </message>
    <message>
        <source>it names a screen this console does not have: &apos;%1&apos;.</source>
        <translation>góc nhìn nêu một màn hình mà bảng điều khiển này không có: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its period cannot be read: &apos;%1&apos;.</source>
        <translation>không đọc được kỳ báo cáo: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>it names a place this console does not know: &apos;%1&apos;.</source>
        <translation>góc nhìn nêu một địa bàn mà bảng điều khiển này không biết: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>its comparison cannot be read: &apos;%1&apos;.</source>
        <translation>không đọc được lựa chọn so sánh: &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>it cannot be read: %1</source>
        <translation>không đọc được tệp: %1</translation>
    </message>
    <message>
        <source>it is too large to be a saved view.</source>
        <translation>tệp quá lớn, không thể là góc nhìn đã lưu.</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenCatalog</name>
    <message>
        <source>screen definitions: %1</source>
        <translation>định nghĩa màn hình: %1</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos; is incomplete</source>
        <translation>định nghĩa màn hình: màn hình &apos;%1&apos; chưa đầy đủ</translation>
    </message>
    <message>
        <source>the built-in screen definitions are missing</source>
        <translation>thiếu định nghĩa màn hình tích hợp</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Economy (group A)</source>
        <translation>Kinh tế (nhóm A)</translation>
    </message>
    <message>
        <source>Society (group B)</source>
        <translation>Xã hội (nhóm B)</translation>
    </message>
    <message>
        <source>Projects and public investment (group C)</source>
        <translation>Dự án và đầu tư công (nhóm C)</translation>
    </message>
    <message>
        <source>Emergencies (group D)</source>
        <translation>Tình huống khẩn cấp (nhóm D)</translation>
    </message>
    <message>
        <source>unknown panel kind &apos;%1&apos;</source>
        <translation>loại khung &apos;%1&apos; không xác định</translation>
    </message>
    <message>
        <source>unknown order &apos;%1&apos; (value or worst)</source>
        <translation>thứ tự &apos;%1&apos; không xác định (value hoặc worst)</translation>
    </message>
    <message>
        <source>a &apos;%1&apos; panel with the wrong indicators</source>
        <translation>khung &apos;%1&apos; có chỉ tiêu không đúng</translation>
    </message>
    <message>
        <source>a composition panel must name the rest of its whole</source>
        <translation>khung cơ cấu phải đặt tên cho phần còn lại</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos;: %2</source>
        <translation>định nghĩa màn hình: màn hình &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>screen definitions: screen &apos;%1&apos; must begin with its tiles</source>
        <translation>định nghĩa màn hình: màn hình &apos;%1&apos; phải bắt đầu bằng các ô chỉ tiêu</translation>
    </message>
    <message>
        <source>%1: the code is used twice</source>
        <translation>%1: mã bị dùng hai lần</translation>
    </message>
    <message>
        <source>%1: indicator %2 is not in the catalog</source>
        <translation>%1: chỉ tiêu %2 không có trong danh mục</translation>
    </message>
    <message>
        <source>%1: indicator %2 is listed twice</source>
        <translation>%1: chỉ tiêu %2 được liệt kê hai lần</translation>
    </message>
    <message>
        <source>%1: the %2 panel names %3, not in the catalog</source>
        <translation>%1: khung %2 ghi %3, không có trong danh mục</translation>
    </message>
    <message>
        <source>%1: the %2 panel shows %3, which the screen does not list</source>
        <translation>%1: khung %2 hiển thị %3 nhưng màn hình không liệt kê chỉ tiêu này</translation>
    </message>
    <message>
        <source>%1: %3 has only a city figure, nothing to show in a %2 panel</source>
        <translation>%1: %3 chỉ có số liệu toàn thành phố, không thể hiển thị trong khung %2</translation>
    </message>
    <message>
        <source>%1: %2 is not read at stations</source>
        <translation>%1: %2 không đo tại trạm</translation>
    </message>
    <message>
        <source>%1: %2 is not in the unit of %3, it cannot be part of it</source>
        <translation>%1: %2 khác đơn vị tính với %3, không thể là một phần của nó</translation>
    </message>
    <message>
        <source>%1: a screen has one tile grid</source>
        <translation>%1: mỗi màn hình có đúng một lưới ô chỉ tiêu</translation>
    </message>
    <message>
        <source>%1: %2 is not reported by commune, it cannot be mapped</source>
        <translation>%1: %2 không có số liệu theo xã, không thể lên bản đồ</translation>
    </message>
    <message>
        <source>%1: %2 is reported by commune but not on the screen&apos;s map</source>
        <translation>%1: %2 có số liệu theo xã nhưng không có trên bản đồ của màn hình</translation>
    </message>
    <message>
        <source>%1: the briefing text cites %2, not in the catalog</source>
        <translation>%1: nội dung giao ban dẫn %2, không có trong bộ chỉ tiêu</translation>
    </message>
    <message>
        <source>%1: the briefing text states %2 with its whole but neither the screen nor its context has it</source>
        <translation>%1: nội dung giao ban nêu %2 cùng chỉ tiêu tổng nhưng màn hình và phần bối cảnh đều không có chỉ tiêu này</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenNav</name>
    <message>
        <source>Map  Administrative map</source>
        <translation>BĐ  Bản đồ hành chính</translation>
    </message>
    <message>
        <source>Any indicator reported by commune on the map (Ctrl+M)</source>
        <translation>Mọi chỉ tiêu theo xã, phường trên bản đồ (Ctrl+M)</translation>
    </message>
    <message>
        <source>CAM  Traffic cameras</source>
        <translation>CAM  Camera giao thông</translation>
    </message>
    <message>
        <source>The latest picture of each junction camera, and one camera live</source>
        <translation>Hình mới nhất của từng camera nút giao, và xem trực tiếp một camera</translation>
    </message>
    <message>
        <source>DATA  Data readiness</source>
        <translation>DL  Tình trạng nộp số liệu</translation>
    </message>
    <message>
        <source>Which department is late, incomplete or sending files that fail</source>
        <translation>Sở, ngành nào nộp chậm, thiếu hoặc gửi file lỗi</translation>
    </message>
</context>
<context>
    <name>ioc::ScreenPage</name>
    <message>
        <source>Loading figures…</source>
        <translation>Đang tải số liệu…</translation>
    </message>
    <message>
        <source>Year to date %1</source>
        <translation>Lũy kế từ đầu năm %1</translation>
    </message>
    <message>
        <source>Reporting period: %1 · figures as of %2</source>
        <translation>Kỳ báo cáo: %1 · số liệu đến ngày %2</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Bảng điều khiển</translation>
    </message>
    <message>
        <source>Table of figures</source>
        <translation>Bảng số liệu</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Địa bàn: %1</translation>
    </message>
</context>
<context>
    <name>ioc::SecretStore</name>
    <message>
        <source>The access token is kept in the desktop&apos;s keyring.</source>
        <translation>Mã truy cập được lưu trong kho khóa bí mật của máy.</translation>
    </message>
    <message>
        <source>This desktop has no keyring (secret service): the access token is kept in %1, which only you can read.</source>
        <translation>Máy này không có kho khóa bí mật (secret service): mã truy cập được lưu trong tệp %1, chỉ tài khoản của bạn đọc được.</translation>
    </message>
    <message>
        <source>the desktop&apos;s keyring</source>
        <translation>kho khóa bí mật của máy</translation>
    </message>
</context>
<context>
    <name>ioc::ServerTrust</name>
    <message>
        <source>The server&apos;s address must start with https:// (not &apos;%1&apos;).</source>
        <translation>Địa chỉ máy chủ phải bắt đầu bằng https:// (không phải &apos;%1&apos;).</translation>
    </message>
    <message>
        <source>The console does not talk to %1 over plain HTTP: the figures and the access token would cross the network unencrypted. Use its https:// address, or allow plain HTTP for this server under File → Data source….</source>
        <translation>Phần mềm không kết nối tới %1 bằng HTTP không mã hóa: số liệu và mã truy cập sẽ đi qua mạng mà không được mã hóa. Hãy dùng địa chỉ https:// của máy chủ, hoặc cho phép HTTP với riêng máy chủ này tại Tệp → Nguồn dữ liệu….</translation>
    </message>
    <message>
        <source>%1 (SHA-256 %2)</source>
        <translation>%1 (SHA-256 %2)</translation>
    </message>
    <message>
        <source>it is not issued by a certificate authority the console trusts</source>
        <translation>chứng thư không do tổ chức cấp chứng thư mà phần mềm tin cậy cấp</translation>
    </message>
    <message>
        <source>it was issued for another name (%1)</source>
        <translation>chứng thư được cấp cho tên khác (%1)</translation>
    </message>
    <message>
        <source>it expired on %1</source>
        <translation>chứng thư đã hết hạn ngày %1</translation>
    </message>
    <message>
        <source>it is not valid before %1</source>
        <translation>chứng thư chưa có hiệu lực trước ngày %1</translation>
    </message>
    <message>
        <source>it has been revoked</source>
        <translation>chứng thư đã bị thu hồi</translation>
    </message>
    <message>
        <source>The server %1 presented a certificate the console does not trust: %2 (SHA-256 %3). Nothing was sent to it; the cached figures are kept. If the certificate comes from the city&apos;s own certificate authority, trust that authority under File → Data source… or with --ca-cert FILE.</source>
        <translation>Máy chủ %1 trình chứng thư số mà phần mềm không tin cậy: %2 (SHA-256 %3). Không gửi gì tới máy chủ; số liệu đã lưu được giữ nguyên. Nếu chứng thư do tổ chức cấp chứng thư của thành phố cấp, hãy tin cậy tổ chức đó tại Tệp → Nguồn dữ liệu… hoặc bằng --ca-cert TỆP.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Không đọc được %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER).</source>
        <translation>%1 không chứa chứng thư số nào (PEM hoặc DER).</translation>
    </message>
    <message>
        <source>%1 is not a certificate authority&apos;s certificate: %2. Trust the authority that issued the server&apos;s certificate, not the server&apos;s own.</source>
        <translation>%1 không phải chứng thư của một tổ chức cấp chứng thư: %2. Hãy tin cậy tổ chức đã cấp chứng thư cho máy chủ, không phải chứng thư của chính máy chủ.</translation>
    </message>
    <message>
        <source>The server %1 sent the request on to another address (%2). The console does not follow it there: the access token was not sent, and the cached figures are kept.</source>
        <translation>Máy chủ %1 chuyển yêu cầu sang địa chỉ khác (%2). Phần mềm không đi theo: mã truy cập không được gửi tới đó, số liệu đã lưu được giữ nguyên.</translation>
    </message>
</context>
<context>
    <name>ioc::SigningKeyStore</name>
    <message>
        <source>the secret half of the signing key %1 (%2) is not in the keyring or does not match %3; make a new key with --new-signing-key NAME after removing that file</source>
        <translation>nửa bí mật của khóa ký %1 (%2) không có trong kho khóa bí mật hoặc không khớp với %3; hãy xóa tệp đó rồi tạo khóa mới bằng --new-signing-key TÊN</translation>
    </message>
</context>
<context>
    <name>ioc::SourceReadiness</name>
    <message>
        <source>real-time: a reading within 20 minutes</source>
        <translation>thời gian thực: có số đo trong 20 phút</translation>
    </message>
    <message>
        <source>daily: yesterday&apos;s by 09:00</source>
        <translation>hằng ngày: số liệu hôm trước trước 9:00</translation>
    </message>
    <message>
        <source>weekly: last week&apos;s by Thursday 17:00</source>
        <translation>hằng tuần: số liệu tuần trước trước 17:00 thứ Năm</translation>
    </message>
    <message>
        <source>monthly: the month&apos;s on the 20th</source>
        <translation>hằng tháng: số liệu của tháng vào ngày 20</translation>
    </message>
    <message>
        <source>quarterly: on the 20th of its last month</source>
        <translation>hằng quý: ngày 20 tháng cuối quý</translation>
    </message>
    <message>
        <source>yearly: on 20 December</source>
        <translation>hằng năm: ngày 20/12</translation>
    </message>
</context>
<context>
    <name>ioc::SourceReadinessModel</name>
    <message>
        <source>Late</source>
        <translation>Chậm hạn</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Thiếu đơn vị</translation>
    </message>
    <message>
        <source>Files refused</source>
        <translation>Có file bị từ chối</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <source>%1 of %2 late, since %3</source>
        <translation>%1/%2 chỉ tiêu chậm, từ %3</translation>
    </message>
    <message>
        <source>%1/%2 (%3)</source>
        <translation>%1/%2 (%3)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Hạn: %1</translation>
    </message>
    <message>
        <source>Late: %1</source>
        <translation>Chậm: %1</translation>
    </message>
    <message>
        <source>On time at the end of each of the last %1 weeks, oldest first: %2</source>
        <translation>Tỷ lệ đúng hạn cuối mỗi tuần trong %1 tuần qua, cũ nhất trước: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Department and source system</source>
        <translation>Sở, ngành và hệ thống nguồn</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Last figure received</source>
        <translation>Số liệu nhận gần nhất</translation>
    </message>
    <message>
        <source>Units reported</source>
        <translation>Đơn vị đã báo cáo</translation>
    </message>
    <message>
        <source>Files refused this month</source>
        <translation>File bị từ chối trong tháng</translation>
    </message>
    <message>
        <source>On time, last 8 weeks</source>
        <translation>Đúng hạn, 8 tuần qua</translation>
    </message>
</context>
<context>
    <name>ioc::StaticMap</name>
    <message>
        <source>Bạch Long Vĩ, ×%1 (117 km offshore)</source>
        <translation>Bạch Long Vĩ, phóng to ×%1 (cách bờ 117 km)</translation>
    </message>
    <message>
        <source>Bạch Long Vĩ ×%1</source>
        <translation>Bạch Long Vĩ ×%1</translation>
    </message>
</context>
<context>
    <name>ioc::StationPanel</name>
    <message>
        <source>No station readings for this period</source>
        <translation>Chưa có số đo của trạm trong kỳ này</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>ioc::StatusLine</name>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>Không chuẩn bị được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Cached figures</source>
        <translation>Số liệu đã lưu</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Đang đồng bộ</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Briefing pack, read-only, no network</source>
        <translation>Gói giao ban, chỉ đọc, không dùng mạng</translation>
    </message>
    <message>
        <source>last successful sync %1</source>
        <translation>lần đồng bộ thành công gần nhất %1</translation>
    </message>
    <message>
        <source>showing the figures kept from the last sync</source>
        <translation>đang hiển thị số liệu đã lưu từ lần đồng bộ trước</translation>
    </message>
    <message>
        <source>The server published indicator catalog revision %1; it applies when the console is started again.</source>
        <translation>Máy chủ đã công bố bộ chỉ tiêu phiên bản %1; áp dụng khi mở lại phần mềm.</translation>
    </message>
    <message>
        <source>pack %1, SHA-256 %2…</source>
        <translation>gói %1, SHA-256 %2…</translation>
    </message>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message>
        <source>Syncing: %1 rows</source>
        <translation>Đang đồng bộ: %1 dòng</translation>
    </message>
    <message>
        <source>Syncing: %1 of %2 rows</source>
        <translation>Đang đồng bộ: %1 / %2 dòng</translation>
    </message>
    <message>
        <source>Preparing demo data…</source>
        <translation>Đang chuẩn bị dữ liệu mẫu…</translation>
    </message>
    <message>
        <source>Preparing demo data: %1 rows</source>
        <translation>Đang chuẩn bị dữ liệu mẫu: %1 dòng</translation>
    </message>
    <message>
        <source>Demo data by commune: %1 rows</source>
        <translation>Dữ liệu mẫu theo xã, phường, đặc khu: %1 dòng</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Đang nhập %1…</translation>
    </message>
    <message>
        <source>plain HTTP allowed: not encrypted, no access token sent</source>
        <translation>cho phép HTTP: không mã hóa, không gửi mã truy cập</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Trực tiếp</translation>
    </message>
    <message>
        <source>Real-time readings (Group D) arrive as the server takes them.</source>
        <translation>Số đo thời gian thực (Nhóm D) được cập nhật ngay khi máy chủ ghi nhận.</translation>
    </message>
    <message>
        <source>Real-time readings are polled every 30 s: %1</source>
        <translation>Số đo thời gian thực được lấy định kỳ mỗi 30 giây: %1</translation>
    </message>
</context>
<context>
    <name>ioc::SummaryDock</name>
    <message>
        <source>Summary</source>
        <translation>Tóm tắt</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Tóm tắt</translation>
    </message>
</context>
<context>
    <name>ioc::SyncEngine</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Đã hủy đồng bộ.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to %1 is larger than %2 MiB. Nothing was stored; the cached figures are kept.</source>
        <translation>Phản hồi của máy chủ cho %1 lớn hơn %2 MiB. Không lưu gì; số liệu đã lưu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The server %1 could not be reached (%2); the cached figures are kept.</source>
        <translation>Không kết nối được máy chủ %1 (%2); số liệu đã lưu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The server refused the access token.</source>
        <translation>Máy chủ từ chối mã truy cập.</translation>
    </message>
    <message>
        <source>The server has no such data.</source>
        <translation>Máy chủ không có dữ liệu này.</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Máy chủ gặp lỗi (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Máy chủ từ chối yêu cầu (HTTP %1).</translation>
    </message>
    <message>
        <source>It said: %1</source>
        <translation>Máy chủ cho biết: %1</translation>
    </message>
    <message>
        <source>Nothing was stored; the cached figures are kept.</source>
        <translation>Không lưu gì; số liệu đã lưu được giữ nguyên.</translation>
    </message>
    <message>
        <source>The server&apos;s indicator catalog is not valid (%1); the built-in one is kept.</source>
        <translation>Bộ chỉ tiêu của máy chủ không hợp lệ (%1); giữ bộ chỉ tiêu tích hợp.</translation>
    </message>
    <message>
        <source>The server&apos;s answer (page %1) is not usable: %2. Nothing of it was stored; the cached figures are kept.</source>
        <translation>Phản hồi của máy chủ (trang %1) không dùng được: %2. Không lưu phần nào; số liệu đã lưu được giữ nguyên.</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1 (%2), perhaps cut short</source>
        <translation>không phải JSON hợp lệ tại byte %1 (%2), có thể bị cắt cụt</translation>
    </message>
    <message>
        <source>&apos;cursor&apos; (text), &apos;more&apos; (true/false) and &apos;rows&apos; (a list) are required</source>
        <translation>cần có &apos;cursor&apos; (văn bản), &apos;more&apos; (true/false) và &apos;rows&apos; (danh sách)</translation>
    </message>
    <message>
        <source>the columns must be %1</source>
        <translation>các cột phải là %1</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>dòng %1: %2</translation>
    </message>
    <message>
        <source>indicator, entity, period, fetched_at and source must be text</source>
        <translation>indicator, entity, period, fetched_at và source phải là văn bản</translation>
    </message>
    <message>
        <source>revision, value and plan must be numbers</source>
        <translation>revision, value và plan phải là số</translation>
    </message>
    <message>
        <source>unknown indicator &apos;%1&apos;</source>
        <translation>không có chỉ tiêu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown entity &apos;%1&apos;</source>
        <translation>không có đối tượng &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 period</source>
        <translation>&apos;%1&apos; không phải kỳ báo cáo loại %2</translation>
    </message>
    <message>
        <source>the revision must be a whole number from 1</source>
        <translation>số lần điều chỉnh phải là số nguyên từ 1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time</source>
        <translation>&apos;%1&apos; không phải ngày giờ hợp lệ</translation>
    </message>
    <message>
        <source>No room for the snapshot beside the cache (%1).</source>
        <translation>Không đủ chỗ cho bản chụp dữ liệu cạnh bộ nhớ đệm (%1).</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>lớn hơn %1 MiB</translation>
    </message>
    <message>
        <source>it could not be written beside the cache (%1)</source>
        <translation>không ghi được cạnh bộ nhớ đệm (%1)</translation>
    </message>
    <message>
        <source>the server has none</source>
        <translation>máy chủ không có bản chụp</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>máy chủ trả lời HTTP %1</translation>
    </message>
    <message>
        <source>The snapshot was not used (%1); the figures come page by page instead.</source>
        <translation>Không dùng bản chụp dữ liệu (%1); số liệu được tải theo từng trang.</translation>
    </message>
    <message>
        <source>expected %1 fields</source>
        <translation>cần %1 trường</translation>
    </message>
    <message>
        <source>the annual plan must be a number or null</source>
        <translation>annual_plan phải là số hoặc null</translation>
    </message>
    <message>
        <source>the list of reports sent was too large</source>
        <translation>danh sách báo cáo đã gửi quá lớn</translation>
    </message>
    <message>
        <source>The server&apos;s list of reports sent is not valid JSON with &apos;submissions&apos;.</source>
        <translation>Danh sách báo cáo đã gửi của máy chủ không phải JSON hợp lệ có mục &apos;submissions&apos;.</translation>
    </message>
    <message>
        <source>The server listed %1 reports sent; at most %2 are read.</source>
        <translation>Máy chủ liệt kê %1 báo cáo đã gửi; chỉ đọc tối đa %2.</translation>
    </message>
    <message>
        <source>Report %1 in the server&apos;s list of reports sent is not usable.</source>
        <translation>Báo cáo thứ %1 trong danh sách báo cáo đã gửi của máy chủ không dùng được.</translation>
    </message>
</context>
<context>
    <name>ioc::TrendChart</name>
    <message>
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <source>%1 of the plan (%2)</source>
        <translation>đạt %1 kế hoạch (%2)</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Dự báo</translation>
    </message>
    <message>
        <source>%1: %2, the latest whole month</source>
        <translation>%1: %2, tháng trọn vẹn gần nhất</translation>
    </message>
    <message>
        <source>%1, projected: %2 (range %3–%4)</source>
        <translation>%1, dự báo: %2 (khoảng %3–%4)</translation>
    </message>
    <message>
        <source>Projection range</source>
        <translation>Khoảng dự báo</translation>
    </message>
    <message>
        <source>Annual plan</source>
        <translation>Kế hoạch năm</translation>
    </message>
    <message>
        <source>Annual plan %1: %2</source>
        <translation>Kế hoạch năm %1: %2</translation>
    </message>
</context>
<context>
    <name>ioc::TrustStore</name>
    <message>
        <source>it is not a publisher&apos;s public key (Ed25519, with a name)</source>
        <translation>đây không phải khóa công khai của một đơn vị phát hành (Ed25519, có tên)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>không tạo được %1</translation>
    </message>
    <message>
        <source>no trusted key has the fingerprint %1</source>
        <translation>không có khóa tin cậy nào có dấu vân tay %1</translation>
    </message>
    <message>
        <source>cannot move %1 to %2</source>
        <translation>không chuyển được %1 sang %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file</source>
        <translation>%1 quá lớn, không thể là tệp khóa</translation>
    </message>
</context>
<context>
    <name>ioc::WallFrame</name>
    <message>
        <source>Figures as of %1</source>
        <translation>Số liệu đến ngày %1</translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation>DỮ LIỆU MẪU</translation>
    </message>
    <message>
        <source>Latest: %1 (%2)</source>
        <translation>Gần nhất: %1 (%2)</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Số liệu đến %1</translation>
    </message>
    <message>
        <source>No figures by unit yet.</source>
        <translation>Chưa có số liệu theo đơn vị.</translation>
    </message>
    <message>
        <source>+ %1 other units</source>
        <translation>+ %1 đơn vị khác</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Tổng: %1</translation>
    </message>
    <message>
        <source>No figures by commune yet.</source>
        <translation>Chưa có số liệu theo xã, phường.</translation>
    </message>
    <message>
        <source>No figure</source>
        <translation>Chưa có số liệu</translation>
    </message>
    <message>
        <source>No figures for this screen yet.</source>
        <translation>Màn hình này chưa có số liệu.</translation>
    </message>
    <message>
        <source>million %1</source>
        <translation>triệu %1</translation>
    </message>
    <message>
        <source>Latest readings at the stations</source>
        <translation>Số đo mới nhất tại các trạm</translation>
    </message>
    <message>
        <source>The map cannot be drawn: %1</source>
        <translation>Không vẽ được bản đồ: %1</translation>
    </message>
    <message>
        <source>No traffic cameras yet: their list comes from the data server.</source>
        <translation>Chưa có camera giao thông: danh sách camera lấy từ máy chủ dữ liệu.</translation>
    </message>
</context>
<context>
    <name>ioc::Workspace</name>
    <message>
        <source>Preparing the demo data for the first start…</source>
        <translation>Đang chuẩn bị dữ liệu mẫu cho lần chạy đầu tiên…</translation>
    </message>
</context>
<context>
    <name>ioc::XlsxReader</name>
    <message>
        <source>the file is empty</source>
        <translation>tệp rỗng</translation>
    </message>
    <message>
        <source>the file is not an .xlsx workbook: it is not a zip archive, or the archive is damaged</source>
        <translation>tệp không phải sổ tính .xlsx: không phải tệp nén zip, hoặc tệp nén bị hỏng</translation>
    </message>
    <message>
        <source>the workbook has no part &apos;%1&apos;</source>
        <translation>sổ tính không có phần &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; cannot be opened: the archive is damaged</source>
        <translation>không mở được phần &apos;%1&apos;: tệp nén bị hỏng</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large (%2 MB uncompressed; at most %3 MB)</source>
        <translation>phần &apos;%1&apos; quá lớn (%2 MB khi giải nén; tối đa %3 MB)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (%2)</source>
        <translation>phần &apos;%1&apos; bị hỏng (%2)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is too large (more than %2 MB uncompressed)</source>
        <translation>phần &apos;%1&apos; quá lớn (hơn %2 MB khi giải nén)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is damaged (its length does not match)</source>
        <translation>phần &apos;%1&apos; bị hỏng (độ dài không khớp)</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; is not well-formed XML (line %2: %3)</source>
        <translation>phần &apos;%1&apos; không phải XML hợp lệ (dòng %2: %3)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: row number &apos;%2&apos; is not valid</source>
        <translation>trang tính &apos;%1&apos;: số dòng &apos;%2&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: &apos;%2&apos; is not a cell reference</source>
        <translation>trang tính &apos;%1&apos;: &apos;%2&apos; không phải địa chỉ ô</translation>
    </message>
    <message>
        <source>the file is a zip archive but not an .xlsx workbook (it has no %1)</source>
        <translation>tệp là tệp nén zip nhưng không phải sổ tính .xlsx (không có %1)</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; has no part in the workbook</source>
        <translation>trang tính &apos;%1&apos; không có phần dữ liệu trong sổ tính</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos; is missing from the file (%2)</source>
        <translation>trang tính &apos;%1&apos; bị thiếu trong tệp (%2)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>không mở được tệp: %1</translation>
    </message>
    <message>
        <source>shared string %1 does not exist</source>
        <translation>chuỗi dùng chung %1 không tồn tại</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date</source>
        <translation>&apos;%1&apos; không phải ngày tháng</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; không phải số</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;, cell %2: %3</source>
        <translation>trang tính &apos;%1&apos;, ô %2: %3</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; would inflate %2 times (%3 MB from %4 KB; at most %5 to 1): not a spreadsheet</source>
        <translation>phần &apos;%1&apos; sẽ giải nén gấp %2 lần (%3 MB từ %4 KB; tối đa %5 lần): không phải bảng tính</translation>
    </message>
    <message>
        <source>the part &apos;%1&apos; holds a DTD or entity declaration, which is not allowed</source>
        <translation>phần &apos;%1&apos; của tệp chứa khai báo DTD/thực thể, không được phép</translation>
    </message>
    <message>
        <source>sheet &apos;%1&apos;: cell %2 comes after row %3 (the cells are out of order)</source>
        <translation>trang tính &apos;%1&apos;: ô %2 nằm sau dòng %3 (các ô không theo thứ tự)</translation>
    </message>
</context>
<context>
    <name>ioc::YearEndProjection</name>
    <message>
        <source>No year-end projection: nothing has been reported this year yet.</source>
        <translation>Chưa dự báo cả năm: năm nay chưa có số liệu nào.</translation>
    </message>
    <message>
        <source>No year-end projection yet: one month of the year is too little to project from.</source>
        <translation>Chưa dự báo cả năm: mới có một tháng số liệu, chưa đủ để dự báo.</translation>
    </message>
    <message>
        <source>No year-end projection: last year&apos;s figures for %1 and December, which give the year its shape, are missing.</source>
        <translation>Chưa dự báo cả năm: thiếu số liệu %1 và tháng 12 năm trước, vốn cho biết nhịp của cả năm.</translation>
    </message>
    <message>
        <source>range %1–%2</source>
        <translation>khoảng %1–%2</translation>
    </message>
    <message>
        <source>Year-end projection: %1, %2 (the annual plan is not in the data)</source>
        <translation>Dự báo cả năm: %1, %2 (số liệu chưa có kế hoạch cả năm)</translation>
    </message>
    <message>
        <source>Projected on last year&apos;s shape: the total to %1 is %2 times that to %3; the range is that ratio in each month of the year so far.</source>
        <translation>Dự báo theo nhịp năm trước: lũy kế đến %1 bằng %2 lần lũy kế đến %3; khoảng dự báo theo tỷ lệ này ở từng tháng từ đầu năm.</translation>
    </message>
    <message>
        <source>Year-end projection: %1 (%2), %3</source>
        <translation>Dự báo cả năm: %1 (%2), %3</translation>
    </message>
    <message>
        <source>annual plan %1</source>
        <translation>kế hoạch năm %1</translation>
    </message>
    <message>
        <source>%1% below the annual plan</source>
        <translation>thấp hơn kế hoạch năm %1%</translation>
    </message>
    <message>
        <source>%1% over the annual plan</source>
        <translation>vượt kế hoạch năm %1%</translation>
    </message>
    <message>
        <source>at the annual plan</source>
        <translation>bằng kế hoạch năm</translation>
    </message>
    <message>
        <source>%1% of the annual plan</source>
        <translation>%1% kế hoạch năm</translation>
    </message>
</context>
<context>
    <name>ioc::commands</name>
    <message>
        <source>Unknown indicator &apos;%1&apos;. See --list-indicators.</source>
        <translation>Không có chỉ tiêu &apos;%1&apos;. Xem --list-indicators.</translation>
    </message>
    <message>
        <source>Unknown entity &apos;%1&apos;: use a 5-digit commune code, 31 for the city, or a unit, project or station code.</source>
        <translation>Không có đối tượng &apos;%1&apos;: dùng mã xã 5 chữ số, 31 cho toàn thành phố, hoặc mã đơn vị, dự án, trạm.</translation>
    </message>
    <message>
        <source>The period must be YYYY-MM or YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>Kỳ phải có dạng YYYY-MM hoặc YYYY-MM-DD, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>… %1 rows in %2 pages</source>
        <translation>… %1 dòng trong %2 trang</translation>
    </message>
    <message>
        <source>Sync from %1 failed: %2</source>
        <translation>Đồng bộ từ %1 thất bại: %2</translation>
    </message>
    <message>
        <source>… and more problems: only the first %1 are listed.</source>
        <translation>… và còn lỗi khác: chỉ liệt kê %1 lỗi đầu tiên.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from %1: %n problem(s) to correct.</source>
        <translation>
            <numerusform>Không nhập gì từ %1: cần sửa %n lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Không nhập gì từ %1: %2</translation>
    </message>
    <message>
        <source>%1: %2 figures imported (%3 new, %4 changed, %5 already up to date).</source>
        <translation>%1: đã nhập %2 số liệu (%3 mới, %4 thay đổi, %5 đã có sẵn).</translation>
    </message>
    <message>
        <source>Sheets: %1.</source>
        <translation>Trang tính: %1.</translation>
    </message>
    <message>
        <source>… %1 of %2 rows in %3 pages</source>
        <translation>… %1 / %2 dòng trong %3 trang</translation>
    </message>
    <message>
        <source>… %1 of %2 rows (the server&apos;s snapshot)</source>
        <translation>… %1 / %2 dòng (bản chụp dữ liệu của máy chủ)</translation>
    </message>
    <message>
        <source>Synced from %1: rows stored %2 (%3 of them from the server&apos;s snapshot), pages %4, unchanged answers (304) %5, time %6 ms.</source>
        <translation>Đã đồng bộ từ %1: lưu %2 dòng (%3 dòng từ bản chụp dữ liệu của máy chủ), %4 trang, %5 phản hồi không đổi (304), mất %6 ms.</translation>
    </message>
    <message>
        <source>A period is a month as YYYY-MM, not &apos;%1&apos;.</source>
        <translation>Kỳ là một tháng dạng YYYY-MM, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>%1 has not begun yet (figures are as of %2).</source>
        <translation>%1 chưa bắt đầu (số liệu đến ngày %2).</translation>
    </message>
    <message>
        <source>There is no screen &apos;%1&apos;: the screens are S01 to S%2.</source>
        <translation>Không có màn hình &apos;%1&apos;: các màn hình từ S01 đến S%2.</translation>
    </message>
    <message>
        <source>The briefing pack was not written: %1</source>
        <translation>Chưa ghi được gói giao ban: %1</translation>
    </message>
    <message>
        <source>Readiness of the briefing pack</source>
        <translation>Mức sẵn sàng của gói giao ban</translation>
    </message>
    <message>
        <source>Briefing pack written: %1 (%2 screens, %3 periods, %4 observations, %5 bytes) in %6 ms</source>
        <translation>Đã ghi gói giao ban: %1 (%2 màn hình, %3 kỳ, %4 số liệu, %5 byte) trong %6 ms</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Signed by %1, fingerprint %2.</source>
        <translation>Đã ký bởi %1, dấu vân tay %2.</translation>
    </message>
    <message>
        <source>Not signed: this console has no signing key (--new-signing-key NAME).</source>
        <translation>Chưa ký: máy này chưa có khóa ký (--new-signing-key TÊN).</translation>
    </message>
    <message>
        <source>Hidden sheets, not imported: %1.</source>
        <translation>Trang tính bị ẩn, không nhập: %1.</translation>
    </message>
    <message>
        <source>The import journal was not written: %1</source>
        <translation>Không ghi được nhật ký nhập báo cáo: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Hải Phòng IOC Console: the city&apos;s 86 governance indicators on 17 screens.
With no command it opens the window; a fresh install with no server shows demo data.</source>
        <translation>Phần mềm điều hành IOC Hải Phòng: 86 chỉ tiêu chỉ đạo, điều hành của thành phố trên 17 màn hình.
Không có lệnh thì mở cửa sổ; máy mới cài, chưa có máy chủ thì hiển thị dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Interface language: vi (default) or en.</source>
        <translation>Ngôn ngữ giao diện: vi (mặc định) hoặc en.</translation>
    </message>
    <message>
        <source>light (default) or dark (high contrast, wall screens).</source>
        <translation>light (sáng, mặc định) hoặc dark (tối, tương phản cao cho màn hình lớn).</translation>
    </message>
    <message>
        <source>Folder of the local cache (default: the user&apos;s data folder).</source>
        <translation>Thư mục bộ nhớ đệm dữ liệu (mặc định: thư mục dữ liệu của người dùng).</translation>
    </message>
    <message>
        <source>Show figures as of this day (default: today).</source>
        <translation>Hiển thị số liệu đến ngày này (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Print the indicator catalog as CSV (header first) and exit.</source>
        <translation>In bộ chỉ tiêu dạng CSV (dòng tiêu đề trước) rồi thoát.</translation>
    </message>
    <message>
        <source>Print the cached observations of an indicator as CSV and exit.</source>
        <translation>In số liệu đã lưu của một chỉ tiêu dạng CSV rồi thoát.</translation>
    </message>
    <message>
        <source>With --query: one commune (5-digit code), 31 for the city, or a unit/project/station code.</source>
        <translation>Dùng với --query: một xã, phường (mã 5 chữ số), 31 cho toàn thành phố, hoặc mã đơn vị, dự án, trạm.</translation>
    </message>
    <message>
        <source>Render every screen to DIR/&lt;screen-code&gt;.png without a display and exit.</source>
        <translation>Xuất ảnh mọi màn hình ra DIR/&lt;mã-màn-hình&gt;.png không cần màn hình hiển thị rồi thoát.</translation>
    </message>
    <message>
        <source>With --screenshot: window size (default 1920x1080).</source>
        <translation>Dùng với --screenshot: kích thước cửa sổ (mặc định 1920x1080).</translation>
    </message>
    <message>
        <source>Open the window, print &apos;first_paint_ms N&apos; once S01 shows figures, and exit (used by the benchmark).</source>
        <translation>Mở cửa sổ, in &apos;first_paint_ms N&apos; khi S01 hiện số liệu rồi thoát (dùng cho đo hiệu năng).</translation>
    </message>
    <message>
        <source>--lang takes vi or en, not &apos;%1&apos;.</source>
        <translation>--lang nhận vi hoặc en, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Hải Phòng IOC Console</source>
        <translation>Phần mềm điều hành IOC Hải Phòng</translation>
    </message>
    <message>
        <source>The indicator catalog could not be loaded:
%1</source>
        <translation>Không nạp được bộ chỉ tiêu:
%1</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Không tạo được thư mục dữ liệu %1.</translation>
    </message>
    <message>
        <source>--as-of takes a date as YYYY-MM-DD, not &apos;%1&apos;.</source>
        <translation>--as-of nhận ngày dạng YYYY-MM-DD, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Demo data could not be prepared: %1</source>
        <translation>Không chuẩn bị được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>--size takes WxH of at least 640x480, not &apos;%1&apos;.</source>
        <translation>--size nhận RộngxCao tối thiểu 640x480, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Không tạo được thư mục %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Không ghi được %1.</translation>
    </message>
    <message>
        <source>Sync the cache from the server, print a summary and exit (non-zero on failure).</source>
        <translation>Đồng bộ bộ nhớ đệm từ máy chủ, in tóm tắt rồi thoát (mã lỗi khác 0 nếu thất bại).</translation>
    </message>
    <message>
        <source>--server takes an http or https address, not &apos;%1&apos;.</source>
        <translation>--server nhận địa chỉ http hoặc https, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sync-only needs a server: pass --server URL.</source>
        <translation>--sync-only cần máy chủ: thêm --server URL.</translation>
    </message>
    <message>
        <source>IOC Data API server to use for this run (the access token comes from IOC_TOKEN or the settings).</source>
        <translation>Máy chủ dữ liệu IOC dùng cho lần chạy này (mã truy cập lấy từ IOC_TOKEN hoặc cài đặt).</translation>
    </message>
    <message>
        <source>Do not contact the server: show the cached figures.</source>
        <translation>Không kết nối máy chủ: hiển thị số liệu đã lưu.</translation>
    </message>
    <message>
        <source>Use the built-in demo data for this run, whatever the settings say.</source>
        <translation>Dùng dữ liệu mẫu tích hợp cho lần chạy này, bất kể cài đặt.</translation>
    </message>
    <message>
        <source>Import a monthly report (.xlsx or .csv, see docs/import-template.md) into the cache and exit; may be repeated. Each file is imported whole or not at all; problems are listed with sheet, row and column.</source>
        <translation>Nhập báo cáo tháng (.xlsx hoặc .csv, xem docs/import-template.md) vào bộ nhớ đệm rồi thoát; có thể lặp lại. Mỗi tệp được nhập toàn bộ hoặc không nhập gì; lỗi được liệt kê kèm trang tính, dòng và cột.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Draw the maps from this GeoJSON file of the 114 units instead of the built-in boundaries.</source>
        <translation>Vẽ bản đồ từ tệp GeoJSON của 114 đơn vị này thay cho ranh giới có sẵn.</translation>
    </message>
    <message>
        <source>Start in presentation mode (F5): the saved playlist full screen; Esc leaves. With --screenshot, also render present-&lt;screen&gt;.png.</source>
        <translation>Khởi động ở chế độ trình chiếu (F5): danh sách đã lưu, toàn màn hình; Esc để thoát. Kèm --screenshot: xuất thêm present-&lt;mã màn hình&gt;.png.</translation>
    </message>
    <message>
        <source>The PDF was not written: %1</source>
        <translation>Chưa ghi được PDF: %1</translation>
    </message>
    <message>
        <source>%1: %2 pages</source>
        <translation>%1: %2 trang</translation>
    </message>
    <message>
        <source>The workbook was not written: %1</source>
        <translation>Chưa ghi được bảng tính: %1</translation>
    </message>
    <message>
        <source>The CSV was not written: %1</source>
        <translation>Chưa ghi được CSV: %1</translation>
    </message>
    <message>
        <source>Exported in %1 ms</source>
        <translation>Đã xuất trong %1 ms</translation>
    </message>
    <message>
        <source>Source: demo data built into the console (not official figures)</source>
        <translation>Nguồn: dữ liệu mẫu tích hợp trong phần mềm (không phải số liệu chính thức)</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <source>With --query: only periods overlapping this month or day. With --write-pack: the months to pack (YYYY-MM, several separated by commas; default: the current month).</source>
        <translation>Kèm --query: chỉ các kỳ trùng với tháng hoặc ngày này. Kèm --write-pack: các tháng đóng gói (YYYY-MM, nhiều tháng cách nhau bằng dấu phẩy; mặc định: tháng hiện tại).</translation>
    </message>
    <message>
        <source>Prepare a briefing pack (.iocpack) of --screens for --period, print the readiness check and the pack&apos;s SHA-256, and exit.</source>
        <translation>Chuẩn bị gói giao ban (.iocpack) gồm --screens cho --period, in kết quả kiểm tra sẵn sàng và SHA-256 của gói, rồi thoát.</translation>
    </message>
    <message>
        <source>Show a briefing pack read-only, without any network (with --screenshot: render its screens and exit). A pack that does not match its manifest is refused.</source>
        <translation>Mở gói giao ban ở chế độ chỉ đọc, không dùng mạng (kèm --screenshot: xuất ảnh các màn hình của gói rồi thoát). Gói không khớp bảng kê sẽ bị từ chối.</translation>
    </message>
    <message>
        <source>Export the figures of --screens (by unit too) to an Excel workbook and exit.</source>
        <translation>Xuất số liệu của --screens (cả theo đơn vị) ra bảng tính Excel rồi thoát.</translation>
    </message>
    <message>
        <source>Export the figures of --screens (by unit too) to CSV (UTF-8) and exit.</source>
        <translation>Xuất số liệu của --screens (cả theo đơn vị) ra CSV (UTF-8) rồi thoát.</translation>
    </message>
    <message>
        <source>With --export-pdf, --export-xlsx or --export-csv: take the figures from this briefing pack.</source>
        <translation>Kèm --export-pdf, --export-xlsx hoặc --export-csv: lấy số liệu từ gói giao ban này.</translation>
    </message>
    <message>
        <source>With --write-pack or --export-pdf: the screens, e.g. S01,S07 (default: all 17).</source>
        <translation>Kèm --write-pack hoặc --export-pdf: các màn hình, ví dụ S01,S07 (mặc định: cả 17).</translation>
    </message>
    <message>
        <source>--pack goes with --export-pdf, --export-xlsx or --export-csv; to show a pack use --open-pack.</source>
        <translation>--pack dùng kèm --export-pdf, --export-xlsx hoặc --export-csv; để mở gói hãy dùng --open-pack.</translation>
    </message>
    <message>
        <source>Print the alert journal as CSV (header first: raised at, indicator, entity, period, severity, value, acknowledged by, acknowledged at, note) and exit.</source>
        <translation>In nhật ký cảnh báo dạng CSV (dòng tiêu đề trước: thời điểm cảnh báo, chỉ tiêu, đối tượng, kỳ, mức độ, giá trị, người xác nhận, thời điểm xác nhận, ghi chú) rồi thoát.</translation>
    </message>
    <message>
        <source>The document was not written: %1</source>
        <translation>Không ghi được tài liệu: %1</translation>
    </message>
    <message>
        <source>Print the briefing in words (the summary, then each of --screens) for --as-of, or from --pack FILE, and exit.</source>
        <translation>In nội dung giao ban bằng lời (phần tóm tắt, rồi từng màn hình trong --screens) đến ngày --as-of, hoặc từ --pack FILE, rồi thoát.</translation>
    </message>
    <message>
        <source>Write the briefing in words as an editable OpenDocument text (.odt) and exit.</source>
        <translation>Ghi nội dung giao ban bằng lời ra tệp văn bản OpenDocument (.odt) sửa được, rồi thoát.</translation>
    </message>
    <message>
        <source>Export --screens as the briefing handout (A4 PDF: cover, summary table, the briefing in words, each screen&apos;s charts, map and complete tables; every footer gives as of, source, page and pack hash) and exit. From --pack FILE (the same pack gives the same PDF), or from the cache as of --as-of.</source>
        <translation>Xuất --screens thành tài liệu giao ban (PDF khổ A4: trang bìa, bảng tổng hợp, nội dung giao ban, biểu đồ, bản đồ và bảng đầy đủ của từng màn hình; chân trang ghi thời điểm số liệu, nguồn, số trang và mã gói) rồi thoát. Từ --pack FILE (cùng một gói cho cùng một tệp PDF), hoặc từ bộ nhớ đệm đến ngày --as-of.</translation>
    </message>
    <message>
        <source>With --export-pdf: add where each figure comes from (period, time, source) as tables at the end.</source>
        <translation>Kèm --export-pdf: thêm bảng nguồn của từng số liệu (kỳ, thời điểm, nguồn) ở cuối.</translation>
    </message>
    <message>
        <source>Trusted from now on: %1</source>
        <translation>Từ nay tin cậy: %1</translation>
    </message>
    <message>
        <source>Warning: plain HTTP to %1: the figures travel unencrypted and the access token is not sent.</source>
        <translation>Cảnh báo: HTTP không mã hóa tới %1: số liệu đi qua mạng không được mã hóa và mã truy cập không được gửi.</translation>
    </message>
    <message>
        <source>Trust the certificate authority in FILE (PEM) for HTTPS servers, besides the system&apos;s; kept in the settings.</source>
        <translation>Tin cậy tổ chức cấp chứng thư trong TỆP (PEM) cho các máy chủ HTTPS, ngoài các tổ chức của hệ thống; được lưu trong thiết lập.</translation>
    </message>
    <message>
        <source>For this run, talk plain HTTP to a server that is not on this computer (unencrypted; the access token is not sent).</source>
        <translation>Trong lần chạy này, cho phép HTTP không mã hóa tới máy chủ không nằm trên máy này (mã truy cập không được gửi).</translation>
    </message>
    <message>
        <source>A signing key exists already (%1); nothing was changed.</source>
        <translation>Đã có khóa ký (%1); không thay đổi gì.</translation>
    </message>
    <message>
        <source>--new-signing-key needs the publisher&apos;s name.</source>
        <translation>--new-signing-key cần tên đơn vị phát hành.</translation>
    </message>
    <message>
        <source>There is no signing key: make one with --new-signing-key NAME.</source>
        <translation>Chưa có khóa ký: tạo bằng --new-signing-key TÊN.</translation>
    </message>
    <message>
        <source>Public key of %1, fingerprint %2, written to %3.</source>
        <translation>Đã ghi khóa công khai của %1, dấu vân tay %2, vào %3.</translation>
    </message>
    <message>
        <source>Trusted: %1, fingerprint %2.</source>
        <translation>Đã tin cậy: %1, dấu vân tay %2.</translation>
    </message>
    <message>
        <source>Revoked: %1.</source>
        <translation>Đã thu hồi: %1.</translation>
    </message>
    <message>
        <source>Warning: %1; every page says so.</source>
        <translation>Cảnh báo: %1; mọi trang đều ghi rõ.</translation>
    </message>
    <message>
        <source>Make this console&apos;s key for signing briefing packs, under the publisher NAME (e.g. &quot;Trung tâm IOC Hải Phòng&quot;); its public key is trusted here. Packs are signed from then on.</source>
        <translation>Tạo khóa ký gói giao ban của máy này, mang tên đơn vị phát hành TÊN (ví dụ &quot;Trung tâm IOC Hải Phòng&quot;); khóa công khai được tin cậy trên máy này. Từ đó các gói đều được ký.</translation>
    </message>
    <message>
        <source>Write the signing key&apos;s public half to FILE, for other consoles to trust.</source>
        <translation>Ghi khóa công khai của khóa ký vào TỆP, để các máy khác tin cậy.</translation>
    </message>
    <message>
        <source>Trust packs signed by the publisher&apos;s public key in FILE (prints its fingerprint: compare it with the publisher&apos;s).</source>
        <translation>Tin cậy các gói được ký bằng khóa công khai trong TỆP (in dấu vân tay: hãy so với dấu vân tay của đơn vị phát hành).</translation>
    </message>
    <message>
        <source>Stop trusting a publisher&apos;s key (as --trust-key printed it); its packs are marked revoked.</source>
        <translation>Thôi tin cậy khóa của một đơn vị phát hành (theo dấu vân tay --trust-key đã in); các gói của khóa đó bị đánh dấu đã thu hồi.</translation>
    </message>
    <message>
        <source>Say who signed a briefing pack and exit: 0 signed by a trusted key, 3 intact but unsigned or signed by a key not trusted here, 2 changed or damaged.</source>
        <translation>Cho biết ai đã ký gói giao ban rồi thoát: 0 là ký bằng khóa tin cậy, 3 là gói nguyên vẹn nhưng không ký hoặc ký bằng khóa chưa tin cậy, 2 là gói bị sửa hoặc hỏng.</translation>
    </message>
    <message>
        <source>Signing key of %1, fingerprint %2: its public half in %3, its secret in %4; its packs are trusted here.</source>
        <translation>Khóa ký của %1, dấu vân tay %2: nửa công khai lưu tại %3, nửa bí mật tại %4; các gói do khóa này ký được tin cậy trên máy này.</translation>
    </message>
    <message>
        <source>--place takes the code of a commune, ward or special zone, an investor or unit, a project or a station, not &apos;%1&apos;.</source>
        <translation>--place nhận mã của một xã, phường, đặc khu, chủ đầu tư hoặc đơn vị, dự án hoặc trạm, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Show every screen for one place, for this run: a commune, ward or special zone (5-digit code), an investor or unit, a project or a station.</source>
        <translation>Xem mọi màn hình cho một địa bàn trong lần chạy này: xã, phường hoặc đặc khu (mã 5 chữ số), chủ đầu tư hoặc đơn vị, dự án hoặc trạm.</translation>
    </message>
    <message>
        <source>The view %1 cannot be opened: %2</source>
        <translation>Không mở được góc nhìn %1: %2</translation>
    </message>
    <message>
        <source>Open a saved view exported from a console (its screen, period, place and comparison), also with --screenshot; with --write-pack the pack carries it.</source>
        <translation>Mở một góc nhìn đã lưu, xuất từ một bảng điều khiển (màn hình, kỳ báo cáo, địa bàn và lựa chọn so sánh), dùng được cả với --screenshot; với --write-pack thì gói giao ban mang theo góc nhìn đó.</translation>
    </message>
    <message>
        <source>--history-years takes a number of years from 1 to 30, not &apos;%1&apos;.</source>
        <translation>--history-years nhận số năm từ 1 đến 30, không phải &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Years of history in a new demo data cache (default 3: 2024 to 2026; at most 30). A cache keeps the years it was made with.</source>
        <translation>Số năm lịch sử của bộ nhớ đệm dữ liệu mẫu mới (mặc định 3: 2024 đến 2026; tối đa 30). Bộ nhớ đệm giữ số năm đã tạo ban đầu.</translation>
    </message>
</context>
</TS>
