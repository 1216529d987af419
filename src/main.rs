fn main() {
    hoop_admin::report_panics();
    leptos::mount::mount_to_body(hoop_admin::App);
}
