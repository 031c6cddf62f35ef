import * as React from "react";
import { Button } from "@fluentui/react-components";
import { usePaneStyles } from "../styles";
import type { SelectCells } from "../types";

export interface CellButtonProps {
  /** What the item says (a problem, a finding). */
  children: React.ReactNode;
  /** Cells to show when clicked, as "公开01表!C8"; none: not clickable. */
  cells: readonly string[];
  onSelect: SelectCells;
}

/** One line of a list that selects its cells in Excel when clicked. */
export function CellButton({ children, cells, onSelect }: CellButtonProps): React.JSX.Element {
  const styles = usePaneStyles();
  if (!cells.length) return <div>{children}</div>;
  return (
    <Button
      appearance="transparent"
      size="small"
      className={styles.cellButton}
      title={`在表中定位：${cells.join("、")}`}
      onClick={() => onSelect(cells)}
    >
      {children}
    </Button>
  );
}
