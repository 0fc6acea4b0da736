//! Issue 2: the store and the everyday commands.

use crate::common::Env;

#[test]
fn core_add_prints_slug_id_and_commits_once() {
    let env = Env::with_store();
    let before = env.commits();
    let id = env.ok(&["add", "Äripäev AS", "--tag", "media"]);
    assert_eq!(id.trim(), "aripaev-as");
    assert_eq!(env.commits(), before + 1);
    assert_eq!(env.last_message(), "add aripaev-as: Äripäev AS");
    assert!(
        env.file("aripaev-as")
            .starts_with("name = \"Äripäev AS\"\n")
    );
    env.assert_clean();
}
