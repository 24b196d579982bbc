import { useId } from "react";

interface SearchBoxProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** The id of what the search filters, for assistive technology. */
  controls?: string;
}

export function SearchBox({ label, value, onChange, placeholder, controls }: SearchBoxProps) {
  const id = useId();
  return (
    <div className="search" role="search">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder={placeholder}
        autoComplete="off"
        aria-controls={controls}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
    </div>
  );
}
