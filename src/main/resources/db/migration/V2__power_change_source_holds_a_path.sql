-- power_change.source names the dataset an import read, which is a folder path (as in
-- import_run.source): 32 characters rejected any import from a folder with a longer path.
ALTER TABLE power_change MODIFY source VARCHAR(500) NOT NULL;
