import type { ReactNode } from 'react';
import { useRef } from 'react';
import { Button } from 'antd';

/**
 * A button that opens the browser's file chooser (on a phone it offers the camera for images)
 * and hands over the chosen file. The chooser is emptied after each pick, so choosing the same
 * file again, corrected, still reaches `onFile`.
 */
export function FilePickerButton(props: { accept: string; inputLabel: string; icon: ReactNode; busy: boolean; large?: boolean; onFile: (file: File) => void; children: ReactNode }) {
  const { accept, inputLabel, icon, busy, large, onFile, children } = props;
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button type="primary" size={large ? 'large' : undefined} icon={icon} loading={busy} onClick={() => input.current?.click()}>
        {children}
      </Button>
      <input
        ref={input}
        type="file"
        accept={accept}
        aria-label={inputLabel}
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
