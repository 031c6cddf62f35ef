import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from "@fluentui/react-components";
import type { CommandStatus } from "../hooks/useCommand";

export interface StatusAreaProps {
  status: CommandStatus;
  onDismiss: () => void;
}

/** The spinner while a command runs, the last error in plain Chinese, or a notice. */
export function StatusArea({ status, onDismiss }: StatusAreaProps): React.JSX.Element | null {
  if (status.busy)
    return <Spinner size="tiny" labelPosition="after" label={`正在${status.busy}…`} />;
  if (!status.error && status.notice)
    return (
      <MessageBar intent="info" layout="multiline" role="status" aria-label="提示">
        <MessageBarBody>{status.notice}</MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={onDismiss}>
            关闭
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  if (!status.error) return null;
  const { title, details } = status.error;
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {details.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          关闭
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
