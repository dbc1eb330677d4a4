package sqlite

// migrationPerf (issue 15) indexes what opening a library and the speaker
// view ask for: without it, finding the articles extracted by older rules
// read every article's row, body included, on every open.
const migrationPerf = `
CREATE INDEX articles_extractor ON articles(extractor);
`
