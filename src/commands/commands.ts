// The ribbon's function file (commands.html). The only ribbon button opens the task pane with
// ShowTaskpane, so there is no function command to register yet. Add one with
// Office.actions.associate("name", handler) and a <Action xsi:type="ExecuteFunction"> in manifest.xml.
Office.onReady(() => {
  // Nothing to associate yet.
});
