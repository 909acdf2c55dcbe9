from facilitator.placement import risky_location


def test_cloud_folders_are_recognised(tmp_path):
    assert risky_location("/home/julie/OneDrive - MRC/ateliers/s.atelier") == "cloud"
    assert risky_location("/home/julie/Dropbox/s.atelier") == "cloud"
    assert risky_location("/Users/j/Library/Mobile Documents/iCloud Drive/s.atelier") == "cloud"
    assert risky_location("/home/j/Google Drive/Mon disque/s.atelier") == "cloud"
    assert risky_location("/home/j/Nextcloud/s.atelier") == "cloud"


def test_ordinary_local_folder_is_fine(tmp_path):
    assert risky_location(tmp_path / "s.atelier") is None
    assert risky_location("/home/j/Documents/megaprojet/s.atelier") is None
